package org.vidnova.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vidnova.recovery.portfolio.Portfolio;
import org.vidnova.recovery.portfolio.PortfolioInstances;
import org.vidnova.recovery.portfolio.PortfolioOptimiser;

/**
 * The recovery portfolio: 5,000 generated candidate projects in nine districts, five with a minimum share of the
 * budget, with groups and exclusions ({@link PortfolioInstances}); the exact optimiser against the greedy
 * baseline, milliseconds per answer. {@link #main} prints, per seed, time, nodes, optimality and both scores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {

    @State(Scope.Benchmark)
    public static class City {

        @Param({"5000"})
        public int projects;

        @Param({"1", "2", "3"})
        public long seed;

        PortfolioInstances.Instance instance;
        final PortfolioOptimiser optimiser = new PortfolioOptimiser(java.time.Duration.ofMinutes(5));

        @Setup(Level.Trial)
        public void setUp() {
            instance = PortfolioInstances.city(projects, seed);
            Portfolio best = optimiser.solve(instance.candidates(), instance.constraints());
            if (!best.optimal()) {
                throw new IllegalStateException("the optimiser hit its node limit on seed " + seed);
            }
        }
    }

    @Benchmark
    public Portfolio optimal(City city) {
        return city.optimiser.solve(city.instance.candidates(), city.instance.constraints());
    }

    @Benchmark
    public Portfolio greedy(City city) {
        return city.optimiser.greedy(city.instance.candidates(), city.instance.constraints());
    }

    /**
     * {@code java … PortfolioBenchmark [projects] [seeds] [limit ms]}: one line per seed, after a warm-up; the
     * limit (default 5 minutes) shows the time to proof, 1500 the answer the application gives.
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        PortfolioOptimiser optimiser = new PortfolioOptimiser(java.time.Duration.ofMillis(args.length > 2
                ? Long.parseLong(args[2]) : 300_000));
        for (int w = 0; w < 3; w++) {
            var warm = PortfolioInstances.city(n, 1000 + w);
            optimiser.solve(warm.candidates(), warm.constraints());
        }
        System.out.println("seed,ms,nodes,optimal,score,greedy,gain_percent,bound");
        for (int seed = 1; seed <= seeds; seed++) {
            var instance = PortfolioInstances.city(n, seed);
            long start = System.nanoTime();
            Portfolio best = optimiser.solve(instance.candidates(), instance.constraints());
            long ms = (System.nanoTime() - start) / 1_000_000;
            Portfolio greedy = optimiser.greedy(instance.candidates(), instance.constraints());
            System.out.printf("%d,%d,%d,%s,%.1f,%.1f,%.4f,%.1f%n", seed, ms, best.nodes(), best.optimal(),
                    best.totalScore(), greedy.totalScore(),
                    100 * (best.totalScore() - greedy.totalScore()) / greedy.totalScore(), best.bound());
        }
    }
}
