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
 * 1e-4; we use the same method as {@code optimize} (Brent's golden section with parabolic steps) to a relative
 * 1e-8 and regula falsi (Illinois) for the ends, which lands on the same numbers well within the tests' 1%.
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
        double maximum = maximise(lo, hi, 1e-8 * hi);
        double top = logLikelihood(maximum);
        double line = top - CHI_SQUARE_95 / 2;
        double atLow = logLikelihood(lo) - line;
        double lower = atLow >= 0 ? lo : root(lo, atLow, maximum, top - line, line);
        double atHigh = logLikelihood(hi) - line;
        double upper = atHigh >= 0 ? Double.POSITIVE_INFINITY : root(maximum, top - line, hi, atHigh, line);
        return new Interval(maximum, lower, upper);
    }

    /** Brent's (1973) minimiser of {@code −ℓ} on [a, b]: golden-section steps, parabolic when they behave. */
    private double maximise(double a, double b, double tolerance) {
        double golden = (3 - Math.sqrt(5)) / 2;
        double x = a + golden * (b - a);
        double w = x;
        double v = x;
        double fx = -logLikelihood(x);
        double fw = fx;
        double fv = fx;
        double d = 0;
        double e = 0;
        for (int i = 0; i < 200; i++) {
            double middle = (a + b) / 2;
            double tol1 = 1e-10 * Math.abs(x) + tolerance / 3;
            double tol2 = 2 * tol1;
            if (Math.abs(x - middle) <= tol2 - (b - a) / 2) {
                break;
            }
            boolean goldenStep = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                } else {
                    q = -q;
                }
                if (Math.abs(p) < Math.abs(q * e / 2) && p > q * (a - x) && p < q * (b - x)) {
                    e = d;
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) {
                        d = x < middle ? tol1 : -tol1;
                    }
                    goldenStep = false;
                }
            }
            if (goldenStep) {
                e = (x < middle ? b : a) - x;
                d = golden * e;
            }
            double u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
            double fu = -logLikelihood(u);
            if (fu <= fx) {
                if (u < x) {
                    b = x;
                } else {
                    a = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return x;
    }

    /** The root of {@code ℓ(N) − line} between a and b (values of opposite sign), by the Illinois method. */
    private double root(double a, double fa, double b, double fb, double line) {
        int side = 0;
        double c = (a + b) / 2;
        for (int i = 0; i < 200 && Math.abs(b - a) > 1e-9 * Math.max(1, Math.abs(b)); i++) {
            c = (fa * b - fb * a) / (fa - fb);
            double fc = logLikelihood(c) - line;
            if (Math.abs(fc) < 1e-9) {
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
