package org.vidnova.casualties.estimation;

/**
 * The 95% profile-likelihood interval for the total, defined exactly as R's Rcapture 1.4-4 {@code closedpCI.t}
 * computes it for a log-linear model, so that our intervals can be checked against R's:
 *
 * <ol>
 * <li>For a candidate total {@code N} (a real number, {@code N ≥ n}, n the people observed), complete the table
 * with the cell on no list set to {@code n₀ = N − n}, fit the same model to all {@code 2^k} cells by Poisson
 * regression and take its deviance {@code D(N)}.</li>
 * <li>The multinomial profile log-likelihood is {@code ℓ(N) = −(D(N) − 2c(N))/2} with Cormack's (1992) correction
 * {@code c(N) = log(n₀^n₀ · N! / (N^N · n₀!))} when {@code N ≤ 100}, and its Stirling form
 * {@code n₀ − N − ½ log(n₀/N)} when {@code N > 100} ({@code −N + ½ log(2πN)} when {@code n₀} is 0 or 1).</li>
 * <li>Maximise {@code ℓ} over {@code n ≤ N ≤ 3N̂}, N̂ the Poisson estimate; call the maximum {@code ℓmax}.</li>
 * <li>The interval holds the totals with {@code ℓ(N) ≥ ℓmax − χ²₁(0.95)/2}: the lower end is the root below the
 * maximum, or {@code n} when {@code ℓ(n)} is still above the line; the upper end is the root between the maximum
 * and {@code 3N̂} ({@code fmaxSupCL = 3}), or unbounded when {@code ℓ(3N̂)} is still above the line.</li>
 * </ol>
 * R finds the maximum with {@code optimize} and the ends with {@code uniroot}, both to an absolute tolerance of
 * 1e-4; we use golden-section search and regula falsi (Illinois) to a relative 1e-9, which lands on the same
 * numbers well within the tests' 1%.
 */
final class ProfileLikelihood {

    /** {@code qchisq(0.95, 1)}. */
    static final double CHI_SQUARE_95 = 3.841458820694124;
    static final double SEARCH_FACTOR = 3;

    private final double[][] design;
    private final double[] y;
    private final double observed;
    private double[] warm;

    /** The interval and where the profile likelihood peaks. */
    record Interval(double maximum, double lower, double upper) {
    }

    ProfileLikelihood(LogLinearModel model, CaptureHistories histories, double[] start) {
        int cells = 1 << histories.k();
        design = new double[cells][];
        y = new double[cells];
        for (int mask = 0; mask < cells; mask++) {
            design[mask] = model.row(mask);
            y[mask] = histories.count(mask);
        }
        observed = histories.observed();
        warm = start.clone();
    }

    /** ℓ(N) as above. */
    double logLikelihood(double total) {
        double missing = total - observed;
        y[0] = missing;
        PoissonRegression.Fit fit = PoissonRegression.fit(design, y, warm);
        if (!fit.converged()) {
            fit = PoissonRegression.fit(design, y, null);
        }
        if (fit.converged()) {
            warm = fit.coefficients();
        }
        return -(fit.deviance() - 2 * cormack(missing, total)) / 2;
    }

    static double cormack(double missing, double total) {
        if (total > 100) {
            if (missing == 0 || missing == 1) {
                return -total + 0.5 * Math.log(2 * Math.PI * total);
            }
            return missing - total - 0.5 * Math.log(missing / total);
        }
        double missingLog = missing > 0 ? missing * Math.log(missing) : 0;
        return missingLog + LogGamma.of(total + 1) - total * Math.log(total) - LogGamma.of(missing + 1);
    }

    Interval interval(double poissonEstimate) {
        double lo = observed;
        double hi = SEARCH_FACTOR * poissonEstimate;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = logLikelihood(c);
        double fd = logLikelihood(d);
        while (b - a > 1e-9 * hi) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = logLikelihood(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = logLikelihood(d);
            }
        }
        double maximum = (a + b) / 2;
        double top = logLikelihood(maximum);
        double line = top - CHI_SQUARE_95 / 2;
        double atLow = logLikelihood(lo) - line;
        double lower = atLow >= 0 ? lo : root(lo, atLow, maximum, top - line, line);
        double atHigh = logLikelihood(hi) - line;
        double upper = atHigh >= 0 ? Double.POSITIVE_INFINITY : root(maximum, top - line, hi, atHigh, line);
        return new Interval(maximum, lower, upper);
    }

    /** The root of {@code ℓ(N) − line} between a and b (values of opposite sign), by the Illinois method. */
    private double root(double a, double fa, double b, double fb, double line) {
        int side = 0;
        double c = (a + b) / 2;
        for (int i = 0; i < 200 && Math.abs(b - a) > 1e-10 * Math.max(1, Math.abs(b)); i++) {
            c = (fa * b - fb * a) / (fa - fb);
            double fc = logLikelihood(c) - line;
            if (Math.abs(fc) < 1e-12) {
                return c;
            }
            if (fc * fb > 0) {
                b = c;
                fb = fc;
                if (side == -1) {
                    fa /= 2;
                }
                side = -1;
            } else {
                a = c;
                fa = fc;
                if (side == 1) {
                    fb /= 2;
                }
                side = 1;
            }
        }
        return c;
    }
}
