package org.vidnova.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's command line, plus: with no benchmark named, runs this package's; without VIDNOVA_TEST_PG_URL (and no -p db=…),
 * runs the SQL benchmarks on H2 alone instead of failing them on PostgreSQL.
 */
public final class BenchmarkLauncher {

    private BenchmarkLauncher() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(BenchmarkLauncher.class.getPackageName() + ".*Benchmark");
        }
        String pg = System.getenv("VIDNOVA_TEST_PG_URL");
        if ((pg == null || pg.isBlank()) && !command.getParameter("db").hasValue()) {
            System.out.println("VIDNOVA_TEST_PG_URL is not set: skipping the PostgreSQL benchmarks");
            options.param("db", "h2");
        }
        new Runner(options.build()).run();
    }
}
