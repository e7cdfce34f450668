package org.vidnova.bench;

import java.util.List;
import java.util.Random;
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
import org.vidnova.population.allocation.AllocationHousehold;
import org.vidnova.population.allocation.AllocationResult;
import org.vidnova.population.allocation.AllocationRule;
import org.vidnova.population.allocation.AllocationSite;
import org.vidnova.population.allocation.Allocator;
import org.vidnova.population.allocation.ExactAllocation;

/**
 * The allocator on synthetic data (goal: 50,000 waiting households into 500 sites in at most 1 s), milliseconds per
 * run, single thread; {@link #main} prints its quality against the exact best on small cases. Run as
 * docs/benchmarks.md says.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {

    @State(Scope.Benchmark)
    public static class Waiting {

        @Param({"50000"})
        public int households;

        @Param({"500"})
        public int sites;

        List<AllocationHousehold> list;
        List<AllocationSite> free;

        @Setup(Level.Trial)
        public void setUp() {
            Random random = new Random(42);
            list = AllocationData.households(random, households, 6);
            // Places for about two thirds of the people waiting, so that the allocator has to choose.
            int mean = Math.max(2, households * 7 / (sites * 3));
            free = AllocationData.sites(random, sites, mean / 2, mean * 3 / 2);
        }
    }

    @Benchmark
    public AllocationResult allocate(Waiting w) {
        return Allocator.allocate(w.list, w.free, AllocationRule.defaults());
    }

    /**
     * Quality: {@code cases} random cases of {@code households} households (1 to 4 people) and 5 sites of 4 to 12
     * places, the greedy total over the exact best (median, mean, worst).
     */
    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int households = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Random random = new Random(1);
        double[] ratios = new double[cases];
        long exactNanos = 0;
        for (int c = 0; c < cases; c++) {
            List<AllocationHousehold> h = AllocationData.households(random, households, 4);
            List<AllocationSite> s = AllocationData.sites(random, 5, 4, 12);
            long started = System.nanoTime();
            double best = ExactAllocation.best(h, s, AllocationRule.defaults());
            exactNanos += System.nanoTime() - started;
            ratios[c] = Allocator.allocate(h, s, AllocationRule.defaults()).total() / best;
        }
        java.util.Arrays.sort(ratios);
        System.out.printf("%d cases of %d households x 5 sites: greedy/exact median %.4f, mean %.4f, worst %.4f,"
                + " greedy as good as the exact best in %d cases; exact solver %.1f ms per case%n", cases,
                households, ratios[cases / 2], java.util.Arrays.stream(ratios).average().orElse(0), ratios[0],
                java.util.Arrays.stream(ratios).filter(r -> r > 1 - 1e-9).count(), exactNanos / 1e6 / cases);
    }
}
