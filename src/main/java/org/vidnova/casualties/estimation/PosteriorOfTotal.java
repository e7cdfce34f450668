package org.vidnova.casualties.estimation;

/**
 * The posterior distribution of the total from Bayesian model averaging, summarised.
 *
 * @param mean the posterior mean
 * @param median the smallest total whose cumulative posterior probability exceeds 0.5
 * @param lower likewise for 0.025: the lower end of the 95% credible interval (dga's {@code posteriorQuantiles})
 * @param upper likewise for 0.975
 * @param gridEnd the largest total considered; past it the prior is taken as zero
 * @param topModel the graph with the highest posterior probability, one bracket per clique
 * @param topModelProbability its posterior probability
 */
public record PosteriorOfTotal(double mean, long median, long lower, long upper, long gridEnd, String topModel,
        double topModelProbability) {
}
