package org.vidnova.casualties.estimation;

/**
 * Poisson regression with a log link fitted by iteratively reweighted least squares, as R's
 * {@code glm(family = poisson)} does: start from {@code mu = y + 0.1}, then repeatedly solve the weighted normal
 * equations {@code (XᵀWX) β = XᵀWz} with {@code W = diag(mu)}, {@code z = η + (y − mu)/mu}, until the deviance
 * changes by less than {@code 1e-10} relative (R stops at {@code 1e-8}; the tighter rule lets our figures match
 * R's to far better than the 0.1% the tests ask for).
 *
 * <p>The systems are tiny (at most 16 parameters for five lists), so a hand-written Cholesky factorisation is
 * used rather than a linear-algebra dependency: it is twenty lines, exact enough for a symmetric positive definite
 * matrix of that size, and tells us directly when the matrix is singular, which is how a non-identifiable model
 * shows itself.
 */
final class PoissonRegression {

    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-10;

    private PoissonRegression() {
    }

    /**
     * The result of a fit.
     *
     * @param coefficients β, the first one the intercept when the design has one
     * @param fitted the fitted means
     * @param deviance {@code 2 Σ [y log(y/mu) − (y − mu)]}
     * @param converged whether the deviance settled
     * @param singular whether {@code XᵀWX} was singular: the parameters are not identifiable
     */
    record Fit(double[] coefficients, double[] fitted, double deviance, boolean converged, boolean singular) {

        /** The Poisson log-likelihood {@code Σ [y log mu − mu − log y!]}, as R's {@code logLik}. */
        double logLikelihood(double[] y) {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                sum += (y[i] > 0 ? y[i] * Math.log(fitted[i]) : 0) - fitted[i] - LogGamma.of(y[i] + 1);
            }
            return sum;
        }
    }

    /**
     * Fits {@code log E[y] = Xβ}.
     *
     * @param x design, one row per cell
     * @param y counts (need not be whole numbers)
     * @param start starting coefficients, or {@code null} to start from the data as R does
     */
    static Fit fit(double[][] x, double[] y, double[] start) {
        int n = y.length;
        int p = x[0].length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        double[] beta = new double[p];
        if (start == null) {
            for (int i = 0; i < n; i++) {
                mu[i] = y[i] + 0.1;
                eta[i] = Math.log(mu[i]);
            }
        } else {
            System.arraycopy(start, 0, beta, 0, p);
            linearPredictor(x, beta, eta, mu);
        }
        double deviance = deviance(y, mu);
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (double[] row : a) {
                java.util.Arrays.fill(row, 0);
            }
            java.util.Arrays.fill(b, 0);
            for (int i = 0; i < n; i++) {
                double w = mu[i];
                double z = eta[i] + (y[i] - mu[i]) / mu[i];
                double[] xi = x[i];
                for (int r = 0; r < p; r++) {
                    double wx = w * xi[r];
                    if (wx == 0) {
                        continue;
                    }
                    b[r] += wx * z;
                    for (int c = 0; c <= r; c++) {
                        a[r][c] += wx * xi[c];
                    }
                }
            }
            double[] next = solveSymmetric(a, b);
            if (next == null) {
                return new Fit(beta, mu, deviance, false, true);
            }
            beta = next;
            linearPredictor(x, beta, eta, mu);
            double old = deviance;
            deviance = deviance(y, mu);
            if (!Double.isFinite(deviance)) {
                return new Fit(beta, mu, deviance, false, false);
            }
            if (Math.abs(deviance - old) / (Math.abs(deviance) + 0.1) < TOLERANCE) {
                return new Fit(beta, mu, deviance, true, false);
            }
        }
        return new Fit(beta, mu, deviance, false, false);
    }

    private static void linearPredictor(double[][] x, double[] beta, double[] eta, double[] mu) {
        for (int i = 0; i < eta.length; i++) {
            double s = 0;
            for (int j = 0; j < beta.length; j++) {
                s += x[i][j] * beta[j];
            }
            eta[i] = s;
            mu[i] = Math.exp(s);
        }
    }

    static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
        }
        return d;
    }

    /**
     * Solves {@code A x = b} for a symmetric positive definite {@code A} given by its lower triangle, by
     * Cholesky; {@code null} when a pivot falls below {@code 1e-10} of the largest diagonal entry (singular).
     */
    static double[] solveSymmetric(double[][] a, double[] b) {
        int p = b.length;
        double[][] l = new double[p][p];
        double maxDiagonal = 0;
        for (int i = 0; i < p; i++) {
            maxDiagonal = Math.max(maxDiagonal, a[i][i]);
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 1e-10 * maxDiagonal)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= l[i][m] * z[m];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int m = i + 1; m < p; m++) {
                s -= l[m][i] * x[m];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** The inverse of a symmetric positive definite matrix given by its lower triangle; {@code null} if singular. */
    static double[][] invert(double[][] a) {
        int p = a.length;
        double[][] inverse = new double[p][p];
        for (int c = 0; c < p; c++) {
            double[] e = new double[p];
            e[c] = 1;
            double[] column = solveSymmetric(a, e);
            if (column == null) {
                return null;
            }
            for (int r = 0; r < p; r++) {
                inverse[r][c] = column[r];
            }
        }
        return inverse;
    }

    /** {@code XᵀWX} at the fitted means, lower triangle filled, for the variance of the estimates. */
    static double[][] information(double[][] x, double[] mu) {
        int p = x[0].length;
        double[][] a = new double[p][p];
        for (int i = 0; i < mu.length; i++) {
            for (int r = 0; r < p; r++) {
                for (int c = 0; c <= r; c++) {
                    a[r][c] += mu[i] * x[i][r] * x[i][c];
                }
            }
        }
        return a;
    }
}
