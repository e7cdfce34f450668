package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated city whose true toll is known: people are listed by k sources with chances that differ between
 * people (heterogeneity) and between sources, with some sources depending on others, and some people on no list.
 *
 * <p>Each person has a visibility {@code z ~ Normal(0, σ)} (a known family, a central district, a hospital
 * death: some victims are easier to record everywhere). Person p is on list j with probability
 * {@code logistic(aⱼ + z)}, the baselines {@code aⱼ} drawn so that lists catch 15–45% of the people; then two
 * dependences: list 2 copies from list 1 (on list 1 → logit + {@code copy}), and list 4 avoids list 3 (on list 3 →
 * logit − {@code avoid}; a source that only records whom the other missed). Fixed seeds make every city
 * reproducible.
 *
 * @param trueTotal the toll, known here as it never is in a war
 * @param histories the lists' overlaps, what an analyst would see
 */
record SimulatedCity(long trueTotal, CaptureHistories histories) {

    /** How hard the simulated cities are. */
    record Scenario(double heterogeneity, double copy, double avoid) {

        static final Scenario DEFAULT = new Scenario(0.5, 1.0, 0.5);
    }

    static SimulatedCity generate(long seed, int k, Scenario scenario) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = 500 + random.nextInt(2501);
        double[] baseline = new double[k];
        for (int j = 0; j < k; j++) {
            double p = 0.15 + 0.30 * random.nextDouble();
            baseline[j] = Math.log(p / (1 - p));
        }
        long[] counts = new long[1 << k];
        for (int person = 0; person < total; person++) {
            double z = scenario.heterogeneity() * gaussian(random);
            int mask = 0;
            for (int j = 0; j < k; j++) {
                double logit = baseline[j] + z;
                if (j == 1 && (mask & 1) != 0) {
                    logit += scenario.copy();
                }
                if (j == 3 && (mask & 4) != 0) {
                    logit -= scenario.avoid();
                }
                if (random.nextDouble() < 1 / (1 + Math.exp(-logit))) {
                    mask |= 1 << j;
                }
            }
            counts[mask]++;
        }
        counts[0] = 0;
        List<String> lists = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            lists.add("S" + (j + 1));
        }
        return new SimulatedCity(total, new CaptureHistories(lists, counts));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
