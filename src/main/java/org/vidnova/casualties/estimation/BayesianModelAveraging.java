package org.vidnova.casualties.estimation;

import java.util.List;

/**
 * Bayesian model averaging over decomposable graphical models, as Madigan and York (1997) proposed and the R
 * package {@code dga} 2.0.2 (Johndrow, Lum, Ball; HRDAG) implements in {@code bma.cr}, with its suggested default:
 * <ul>
 * <li>a hyper-Dirichlet prior with {@code δ = 2^−k} prior people per cell of the full table, so that a marginal
 * table on a clique of size {@code c} has {@code α = δ·2^(k−c)} per cell;</li>
 * <li>prior on the total {@code N} proportional to {@code 1/N} (dga's default {@code logprior = −log N});</li>
 * <li>all decomposable graphs equally likely a priori.</li>
 * </ul>
 * For a graph with cliques C, separators S and m connected components, and {@code M} people on no list,
 * {@code log p(graph, M | data) = Σ_C L(C) − Σ_S L(S) + m·[lgamma(Σα) − lgamma(M + n + Σα)]
 * + lgamma(M + n + 1) − Σ lgamma(yₓ + 1) − lgamma(M + 1) − log(M + n)} up to a constant, where
 * {@code L(C) = Σ_cells [lgamma(D + α) − lgamma(α)]} over the marginal table D of C in which the cell on none of
 * C's lists holds {@code M} more people. These are dga's formulas; its precomputed graph lists are replaced by
 * {@link DecomposableGraph#all(int)}.
 *
 * <p>The totals considered run from n to {@code n + U}, with {@code U = 5n} doubled (up to 80n) while the
 * posterior keeps more than 1e-4 of its mass in the top tenth of the range; if it still does, the result carries
 * a {@link Caveat.Kind#TRUNCATED_POSTERIOR} caveat, since the 1/N prior then leaves the answer to the range.
 */
final class BayesianModelAveraging {

    static final int START_FACTOR = 5;
    static final int MAX_FACTOR = 80;
    static final double TAIL = 1e-4;

    private BayesianModelAveraging() {
    }

    /** The posterior, and whether the range had to be cut while mass remained (the caller then warns). */
    record Result(PosteriorOfTotal posterior, boolean truncated) {
    }

    static Result estimate(CaptureHistories histories) {
        long n = histories.observed();
        long range = Math.max(START_FACTOR * n, 100);
        while (true) {
            Result result = estimate(histories, range);
            if (!result.truncated() || range >= MAX_FACTOR * Math.max(n, 20)) {
                return result;
            }
            range *= 2;
        }
    }

    static Result estimate(CaptureHistories histories, long range) {
        int k = histories.k();
        int cells = 1 << k;
        long n = histories.observed();
        int size = Math.toIntExact(range + 1);
        double delta = 1.0 / cells;
        double sumAlpha = delta * cells;
        // L(C) as a function of M: a constant plus lgamma(D0 + M + α) for the marginal cell "on none of C".
        double[][] component = new double[cells][];
        for (int clique = 1; clique < cells; clique++) {
            int c = Integer.bitCount(clique);
            double alpha = delta * (1 << (k - c));
            double[] marginal = new double[cells];
            for (int mask = 1; mask < cells; mask++) {
                marginal[mask & clique] += histories.count(mask);
            }
            double constant = 0;
            for (int x = 0; x < cells; x++) {
                if ((x & ~clique) == 0 && x != 0) {
                    constant += LogGamma.of(marginal[x] + alpha) - LogGamma.of(alpha);
                }
            }
            constant -= LogGamma.of(alpha);
            double[] values = new double[size];
            for (int m = 0; m < size; m++) {
                values[m] = constant + LogGamma.of(marginal[0] + m + alpha);
            }
            component[clique] = values;
        }
        double logFactorials = 0;
        for (int mask = 1; mask < cells; mask++) {
            logFactorials += LogGamma.of(histories.count(mask) + 1.0);
        }
        double[] common = new double[size];
        double[] denominator = new double[size];
        for (int m = 0; m < size; m++) {
            denominator[m] = LogGamma.of(sumAlpha) - LogGamma.of(m + n + sumAlpha);
            common[m] = LogGamma.of(m + n + 1.0) - logFactorials - LogGamma.of(m + 1.0) - Math.log(n + m);
        }
        List<DecomposableGraph> graphs = DecomposableGraph.all(k);
        // One graph at a time, keeping the sums scaled to the largest log-weight seen so far (no 822 × U matrix).
        double[] byTotal = new double[size];
        double[] byGraph = new double[graphs.size()];
        double[] w = new double[size];
        double max = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < graphs.size(); g++) {
            DecomposableGraph graph = graphs.get(g);
            for (int m = 0; m < size; m++) {
                w[m] = common[m] + graph.components() * denominator[m];
            }
            for (int clique : graph.cliques()) {
                double[] values = component[clique];
                for (int m = 0; m < size; m++) {
                    w[m] += values[m];
                }
            }
            for (int separator : graph.separators()) {
                double[] values = component[separator];
                for (int m = 0; m < size; m++) {
                    w[m] -= values[m];
                }
            }
            double graphMax = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < size; m++) {
                graphMax = Math.max(graphMax, w[m]);
            }
            if (graphMax > max) {
                double scale = Math.exp(max - graphMax);
                for (int m = 0; m < size; m++) {
                    byTotal[m] *= scale;
                }
                for (int h = 0; h < g; h++) {
                    byGraph[h] *= scale;
                }
                max = graphMax;
            }
            for (int m = 0; m < size; m++) {
                double log = w[m] - max;
                if (log > -60) { // below e^-60 of the largest term a weight changes no printed digit
                    double p = Math.exp(log);
                    byTotal[m] += p;
                    byGraph[g] += p;
                }
            }
        }
        double sum = 0;
        for (double p : byGraph) {
            sum += p;
        }
        double mean = 0;
        double tail = 0;
        long tailStart = (long) Math.ceil(0.9 * range);
        for (int m = 0; m < size; m++) {
            byTotal[m] /= sum;
            mean += byTotal[m] * (n + m);
            if (m >= tailStart) {
                tail += byTotal[m];
            }
        }
        int top = 0;
        for (int g = 1; g < graphs.size(); g++) {
            if (byGraph[g] > byGraph[top]) {
                top = g;
            }
        }
        PosteriorOfTotal posterior = new PosteriorOfTotal(mean, n + quantile(byTotal, 0.5), n + quantile(byTotal, 0.025),
                n + quantile(byTotal, 0.975), n + range, graphs.get(top).describe(histories.lists()), byGraph[top] / sum);
        return new Result(posterior, tail > TAIL);
    }

    /** dga's rule: the first grid point whose cumulative probability exceeds the level. */
    private static long quantile(double[] probabilities, double level) {
        double cumulative = 0;
        for (int m = 0; m < probabilities.length; m++) {
            cumulative += probabilities[m];
            if (cumulative > level) {
                return m;
            }
        }
        return probabilities.length - 1;
    }
}
