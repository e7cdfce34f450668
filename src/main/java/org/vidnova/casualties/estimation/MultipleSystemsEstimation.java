package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how many people are on no list from how k lists overlap (multiple systems estimation), the way
 * human-rights statisticians estimate the uncounted dead. The entry point of the engine; plain Java, no Spring.
 *
 * <p>It refuses rather than guesses: with fewer than two lists, an empty list, or nobody on two lists there is
 * nothing to estimate from, and the result holds only the documented count and the reason. With more than
 * {@value LogLinearModels#MAX_LISTS} lists the exhaustive search over models is not attempted (2^15 models for
 * six lists); merge lists first.
 */
public final class MultipleSystemsEstimation {

    /**
     * How much to compute.
     *
     * @param heterogeneity the heterogeneity terms to try with every set of interactions; {@code NONE} alone gives
     *        the plain two-way models, the default adds Darroch's and the Poisson term because people differ in
     *        how visible they are, and models without a term for it underestimate (see docs/benchmarks.md)
     * @param intervals which models get a profile-likelihood interval
     */
    public record Options(List<LogLinearModel.Heterogeneity> heterogeneity, Intervals intervals) {

        public static final Options DEFAULT = new Options(List.of(LogLinearModel.Heterogeneity.values()),
                Intervals.PLAUSIBLE);

        public Options {
            heterogeneity = List.copyOf(heterogeneity);
        }
    }

    /** Which models get a profile-likelihood interval: each costs some thirty refits. */
    public enum Intervals {
        /** Every model fitted. */
        ALL,
        /** The models within 20 of the best AIC or BIC (the default). */
        PLAUSIBLE,
        /** The models selected by AIC and by BIC only (simulations). */
        SELECTED
    }

    private MultipleSystemsEstimation() {
    }

    public static MultipleSystemsEstimate estimate(CaptureHistories histories) {
        return estimate(histories, Options.DEFAULT);
    }

    public static MultipleSystemsEstimate estimate(CaptureHistories histories, Options options) {
        int k = histories.k();
        long observed = histories.observed();
        List<Caveat> caveats = new ArrayList<>();
        if (k < 2) {
            caveats.add(Caveat.of(Caveat.Kind.TOO_FEW_LISTS,
                    "at least two lists are needed: the uncounted are estimated from how lists overlap"));
            return refusal(histories, caveats);
        }
        for (int i = 0; i < k; i++) {
            if (histories.onList(i) == 0) {
                caveats.add(Caveat.of(Caveat.Kind.EMPTY_OVERLAP, "list " + histories.lists().get(i)
                        + " holds nobody; leave it out"));
            }
        }
        if (histories.onSeveral() == 0) {
            caveats.add(Caveat.of(Caveat.Kind.EMPTY_OVERLAP,
                    "nobody is on two lists: without overlap the uncounted cannot be estimated"));
        }
        if (!caveats.isEmpty()) {
            return refusal(histories, caveats);
        }
        if (k > LogLinearModels.MAX_LISTS) {
            caveats.add(Caveat.of(Caveat.Kind.TOO_MANY_LISTS, k + " lists: at most " + LogLinearModels.MAX_LISTS
                    + " can be searched exhaustively; merge the smallest lists first"));
            return refusal(histories, caveats);
        }
        TwoListEstimate twoLists = k == 2 ? TwoListEstimate.of(histories.onList(0), histories.onList(1),
                histories.onBoth(0, 1)) : null;
        LogLinearModels.Search search = LogLinearModels.search(histories, options.heterogeneity(),
                options.intervals());
        ModelEstimate byAic = search.bestBy(ModelEstimate::aic);
        ModelEstimate byBic = search.bestBy(ModelEstimate::bic);
        AveragedEstimate averaged = search.averaged(observed);
        if (byAic == null) {
            caveats.add(Caveat.of(Caveat.Kind.SATURATED, k == 2
                    ? "two lists leave no degree of freedom: the estimate rests entirely on the lists being independent"
                    : "no log-linear model with a degree of freedom left could be fitted"));
        }
        BayesianModelAveraging.Result bayes = BayesianModelAveraging.estimate(histories);
        if (bayes.truncated()) {
            caveats.add(Caveat.of(Caveat.Kind.TRUNCATED_POSTERIOR, String.format(
                    "the posterior of the total still has mass near %d, the end of the range considered: the data say little about the uncounted",
                    bayes.posterior().gridEnd())));
        }
        return new MultipleSystemsEstimate(histories.lists(), observed, twoLists, search.fitted(), search.refused(),
                byAic, byBic, averaged, bayes.posterior(), caveats);
    }

    private static MultipleSystemsEstimate refusal(CaptureHistories histories, List<Caveat> caveats) {
        return new MultipleSystemsEstimate(histories.lists(), histories.observed(), null, List.of(), List.of(), null,
                null, null, null, caveats);
    }
}
