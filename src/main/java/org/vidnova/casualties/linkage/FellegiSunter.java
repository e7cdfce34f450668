package org.vidnova.casualties.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * The Fellegi–Sunter model: for each comparison and level, m (how often matches show it) and u (how often
 * non-matches do), and the chance that two records taken at random match. A pair's match probability follows from
 * its agreement pattern by Bayes' rule, assuming comparisons independent given match status.
 *
 * <p>{@link #estimate} learns all of it without a labelled pair, as Splink does. u comes from random record pairs,
 * nearly all of which are non-matches. Candidate pairs would bias it: blocking picks pairs that agree on the blocked
 * fields, match or not. m comes from expectation–maximisation, u held fixed, once per blocking key over a sample of
 * the pairs that key brought, leaving out the comparisons the key blocks on (those agree in that sample whether the
 * pair matches or not); each comparison's m is the average over the keys that do not block on it, weighted by the
 * matches EM found there. The chance of a random match is then the fixed point of "expected matches among the
 * candidates divided by all pairs", non-candidates counting as non-matches.
 *
 * @param prior the chance that two records taken at random match
 * @param m per comparison, per level: probability among matches
 * @param u per comparison, per level: probability among non-matches
 */
public record FellegiSunter(double prior, double[][] m, double[][] u) {

    private static final double FLOOR = 1e-6;

    /** Probability that a pair with this pattern is a match. */
    public double probability(int pattern) {
        return probability(pattern, prior, null);
    }

    /** The probability with another prior, counting only the comparisons marked used (all when null). */
    private double probability(int pattern, double prior, boolean[] used) {
        double logRatio = Math.log(prior / (1 - prior));
        for (int k = 0; k < m.length; k++) {
            int level = AgreementPatterns.level(pattern, k);
            if (level != Comparison.MISSING && (used == null || used[k])) {
                logRatio += Math.log(m[k][level] / u[k][level]);
            }
        }
        return 1 / (1 + Math.exp(-logRatio));
    }

    /** The match weight of one level (log2 of m/u), what a reviewer reads as "why linked". */
    public double weight(int comparison, int level) {
        return Math.log(m[comparison][level] / u[comparison][level]) / Math.log(2);
    }

    /**
     * Learns the model.
     *
     * @param comparisons the comparisons the patterns encode
     * @param keys the blocking keys, in the order of {@code samples}
     * @param samples for each key, the patterns of a sample of the pairs it brought
     * @param random the patterns of random record pairs
     * @param candidates the patterns of all candidate pairs
     * @param allPairs the number of pairs the run could have compared without blocking
     */
    public static FellegiSunter estimate(List<Comparison> comparisons, List<BlockingKey> keys, List<int[]> samples,
            int[] random, int[] candidates, double allPairs) {
        int k = comparisons.size();
        double[][] u = new double[k][];
        double[][] m = new double[k][];
        double[][] mSum = new double[k][];
        double[] mWeight = new double[k];
        Counted randomCounted = Counted.of(random);
        for (int c = 0; c < k; c++) {
            int levels = comparisons.get(c).levels();
            u[c] = randomCounted.levels(c, levels, null);
            normalise(u[c], 1.0 / (1 + random.length));
            m[c] = new double[levels];
            for (int l = 0; l < levels; l++) {
                m[c][l] = l == 0 ? 0.9 : 0.1 / (levels - 1);
            }
            mSum[c] = new double[levels];
        }
        for (int r = 0; r < keys.size(); r++) {
            if (!keys.get(r).teaches()) {
                continue;
            }
            boolean[] used = new boolean[k];
            for (int c = 0; c < k; c++) {
                used[c] = !keys.get(r).compares().contains(comparisons.get(c).name());
            }
            Counted sample = Counted.of(samples.get(r));
            FellegiSunter learned = maximise(new FellegiSunter(0.5, copy(m), u), sample, used);
            double matches = learned.prior() * samples.get(r).length;
            for (int c = 0; c < k; c++) {
                if (used[c]) {
                    for (int l = 0; l < m[c].length; l++) {
                        mSum[c][l] += matches * learned.m()[c][l];
                    }
                    mWeight[c] += matches;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            if (mWeight[c] > 0) {
                for (int l = 0; l < m[c].length; l++) {
                    m[c][l] = mSum[c][l] / mWeight[c];
                }
            }
        }
        Counted all = Counted.of(candidates);
        double prior = Math.min(0.5, Math.max(FLOOR * FLOOR, candidates.length / Math.max(1, allPairs) / 10));
        FellegiSunter model = new FellegiSunter(prior, m, u);
        for (int iteration = 0; iteration < 100; iteration++) {
            double matches = 0;
            for (int d = 0; d < all.pattern.length; d++) {
                matches += all.count[d] * model.probability(all.pattern[d]);
            }
            double next = Math.min(0.5, Math.max(FLOOR * FLOOR, matches / Math.max(1, allPairs)));
            boolean settled = Math.abs(next - model.prior()) < 1e-3 * model.prior();
            model = new FellegiSunter(next, m, u);
            if (settled) {
                break;
            }
        }
        return model;
    }

    /** EM over one key's sample: m of the used comparisons and the share of matches move, u stays. */
    private static FellegiSunter maximise(FellegiSunter start, Counted sample, boolean[] used) {
        double share = start.prior();
        double[][] m = start.m();
        double[] g = new double[sample.pattern.length];
        for (int iteration = 0; iteration < 500 && sample.total() > 0; iteration++) {
            FellegiSunter model = new FellegiSunter(share, m, start.u());
            double matches = 0;
            for (int d = 0; d < g.length; d++) {
                g[d] = model.probability(sample.pattern[d], share, used);
                matches += g[d] * sample.count[d];
            }
            double change = 0;
            double[][] next = copy(m);
            for (int c = 0; c < m.length; c++) {
                if (used[c]) {
                    next[c] = sample.levels(c, m[c].length, g);
                    normalise(next[c], FLOOR);
                    for (int l = 0; l < next[c].length; l++) {
                        change = Math.max(change, Math.abs(next[c][l] - m[c][l]));
                    }
                }
            }
            double nextShare = Math.min(1 - FLOOR, Math.max(FLOOR, matches / sample.total()));
            change = Math.max(change, Math.abs(nextShare - share));
            m = next;
            share = nextShare;
            if (change < 1e-6) {
                break;
            }
        }
        return new FellegiSunter(share, m, start.u());
    }

    private static double[][] copy(double[][] p) {
        double[][] c = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i].clone();
        }
        return c;
    }

    /** Distinct patterns and how many pairs have each. */
    private record Counted(int[] pattern, double[] count) {

        static Counted of(int[] patterns) {
            int[] sorted = patterns.clone();
            Arrays.parallelSort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                distinct += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
            }
            int[] pattern = new int[distinct];
            double[] count = new double[distinct];
            for (int i = 0, d = -1; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    pattern[++d] = sorted[i];
                }
                count[d]++;
            }
            return new Counted(pattern, count);
        }

        double total() {
            double t = 0;
            for (double x : count) {
                t += x;
            }
            return t;
        }

        /** Pairs at each level of one comparison, each pattern weighted by {@code weight} (all 1 when null). */
        double[] levels(int comparison, int levels, double[] weight) {
            double[] at = new double[levels];
            for (int d = 0; d < pattern.length; d++) {
                int level = AgreementPatterns.level(pattern[d], comparison);
                if (level != Comparison.MISSING) {
                    at[level] += count[d] * (weight == null ? 1 : weight[d]);
                }
            }
            return at;
        }
    }

    /** Makes the counts probabilities, none below about {@code floor}: a level never seen is rare, not impossible. */
    private static void normalise(double[] p, double floor) {
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = (sum > 0 ? p[i] / sum : 0) + floor;
        }
        sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
    }
}
