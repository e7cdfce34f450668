package org.vidnova.casualties.estimation;

/**
 * The AIC-weighted average of the checkable log-linear models (Buckland, Burnham and Augustin 1997): weights
 * {@code wₘ ∝ exp(−ΔAICₘ/2)}, estimate {@code Σ wₘ N̂ₘ}, and the unconditional standard error
 * {@code Σ wₘ sqrt(SEₘ² + (N̂ₘ − N̄)²)}, which adds the spread between models to each model's own uncertainty.
 * The interval is Chao's (1987) log-normal one on the uncounted part, so it never reaches below the people
 * observed: {@code [n + (N̄−n)/C, n + (N̄−n)·C]}, {@code C = exp(1.96 sqrt(log(1 + SE²/(N̄−n)²)))}.
 *
 * @param estimate the weighted estimate
 * @param standardError the unconditional standard error
 * @param lower lower end of the 95% interval
 * @param upper upper end of the 95% interval
 * @param models how many models carry weight
 */
public record AveragedEstimate(double estimate, double standardError, double lower, double upper, int models) {

    /** Chao's log-normal interval for a total estimated at {@code estimate} of which {@code observed} were seen. */
    static double[] logNormalInterval(double observed, double estimate, double standardError) {
        double unseen = estimate - observed;
        if (!(unseen > 0)) {
            return new double[] {observed, observed};
        }
        double c = Math.exp(1.959963984540054 * Math.sqrt(Math.log(1 + standardError * standardError / (unseen * unseen))));
        return new double[] {observed + unseen / c, observed + unseen * c};
    }
}
