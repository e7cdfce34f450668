package org.vidnova.casualties.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * The Fellegi–Sunter model: for each comparison and level, m (how often matches show it) and u (how often
 * non-matches do), and the share of matches among the candidate pairs. A pair's match probability follows from its
 * agreement pattern by Bayes' rule, assuming comparisons independent given match status.
 *
 * <p>{@link #estimate} learns m, u and the share without any labelled pair, by expectation–maximisation over the
 * distinct patterns weighted by their counts (Winkler's approach). It starts from "a match agrees on every field
 * nine times in ten" and from the levels' frequencies among all candidates for u, since nearly all candidates are
 * non-matches.
 *
 * @param share the estimated share of matches among candidate pairs
 * @param m per comparison, per level: probability among matches
 * @param u per comparison, per level: probability among non-matches
 * @param iterations EM iterations run
 */
public record FellegiSunter(double share, double[][] m, double[][] u, int iterations) {

    private static final double FLOOR = 1e-6;

    /** Probability that a pair with this pattern is a match. */
    public double probability(int pattern) {
        double logRatio = Math.log(share / (1 - share));
        for (int k = 0; k < m.length; k++) {
            int level = AgreementPatterns.level(pattern, k);
            if (level != Comparison.MISSING) {
                logRatio += Math.log(m[k][level] / u[k][level]);
            }
        }
        return 1 / (1 + Math.exp(-logRatio));
    }

    /** The match weight of one level (log2 of m/u), what a reviewer reads as "why linked". */
    public double weight(int comparison, int level) {
        return Math.log(m[comparison][level] / u[comparison][level]) / Math.log(2);
    }

    public static FellegiSunter estimate(List<Comparison> comparisons, int[] patterns) {
        int[] sorted = patterns.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] pattern = new int[distinct];
        double[] count = new double[distinct];
        for (int i = 0, d = -1; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                pattern[++d] = sorted[i];
            }
            count[d]++;
        }
        int k = comparisons.size();
        double[][] m = new double[k][];
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            int levels = comparisons.get(c).levels();
            m[c] = new double[levels];
            u[c] = new double[levels];
            for (int l = 0; l < levels; l++) {
                m[c][l] = l == 0 ? 0.9 : 0.1 / (levels - 1);
            }
            for (int d = 0; d < distinct; d++) {
                int level = AgreementPatterns.level(pattern[d], c);
                if (level != Comparison.MISSING) {
                    u[c][level] += count[d];
                }
            }
            normalise(u[c]);
        }
        double share = 0.01;
        double[] g = new double[distinct];
        int iteration = 0;
        while (iteration++ < 500) {
            FellegiSunter model = new FellegiSunter(share, m, u, iteration);
            double matches = 0;
            for (int d = 0; d < distinct; d++) {
                g[d] = model.probability(pattern[d]);
                matches += g[d] * count[d];
            }
            double[][] nm = new double[k][];
            double[][] nu = new double[k][];
            for (int c = 0; c < k; c++) {
                nm[c] = new double[m[c].length];
                nu[c] = new double[u[c].length];
            }
            for (int d = 0; d < distinct; d++) {
                for (int c = 0; c < k; c++) {
                    int level = AgreementPatterns.level(pattern[d], c);
                    if (level != Comparison.MISSING) {
                        nm[c][level] += g[d] * count[d];
                        nu[c][level] += (1 - g[d]) * count[d];
                    }
                }
            }
            double change = 0;
            for (int c = 0; c < k; c++) {
                normalise(nm[c]);
                normalise(nu[c]);
                for (int l = 0; l < nm[c].length; l++) {
                    change = Math.max(change, Math.abs(nm[c][l] - m[c][l]) + Math.abs(nu[c][l] - u[c][l]));
                }
            }
            double newShare = Math.min(1 - FLOOR, Math.max(FLOOR, matches / sorted.length));
            change = Math.max(change, Math.abs(newShare - share));
            m = nm;
            u = nu;
            share = newShare;
            if (change < 1e-7) {
                break;
            }
        }
        return new FellegiSunter(share, m, u, iteration);
    }

    private static void normalise(double[] p) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] += FLOOR;
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
    }
}
