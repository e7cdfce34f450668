package org.vidnova.casualties.estimation;

import java.util.List;

/**
 * One log-linear model fitted to the observed cells.
 *
 * @param terms the model's terms, main effects and interactions ({@code A:B}) in the lists' names
 * @param estimate the Poisson estimate of the total, observed + {@code exp(β₀)}
 * @param standardError Rcapture's {@code sqrt(exp(β₀) + exp(2β₀) var(β₀))}
 * @param lower lower end of the 95% profile-likelihood interval ({@link ProfileLikelihood}); {@code NaN} when
 *        not computed (a {@link Caveat.Kind#INTERVAL_NOT_COMPUTED} caveat says so)
 * @param upper upper end, {@code +∞} when the likelihood does not fall far enough below three times the estimate
 * @param profileMaximum the total maximising the multinomial profile likelihood (Rcapture's abundance in its
 *        CI), {@code NaN} when the interval was not computed
 * @param deviance Poisson deviance against the observed cells
 * @param df cells minus parameters, {@code 2^k − 1 − p}
 * @param aic {@code −2 log L + 2p}, as R's {@code AIC(glm)}
 * @param bic {@code −2 log L + p log n}, n the people observed
 * @param caveats what to keep in mind about this model
 */
public record ModelEstimate(List<String> terms, double estimate, double standardError, double lower, double upper,
        double profileMaximum, double deviance, int df, double aic, double bic, List<Caveat> caveats) {

    public ModelEstimate {
        terms = List.copyOf(terms);
        caveats = List.copyOf(caveats);
    }

    /** Whether this model may be selected or averaged: not saturated (a model that fits anything tells nothing). */
    public boolean checkable() {
        return df > 0;
    }
}
