package org.vidnova.casualties.estimation;

import java.util.List;

/**
 * Everything the engine can say about the total from one list-overlap table, with its doubts. A part that could
 * not be computed is {@code null} and a {@link Caveat} in {@link #caveats()} says why: no number is ever given
 * without the means to judge it.
 *
 * @param lists the lists' names
 * @param observed people on at least one list: the documented minimum
 * @param twoLists Lincoln–Petersen and Chapman, for two lists only, else {@code null}
 * @param models the log-linear models fitted, simplest first
 * @param refused the log-linear models the data cannot support, with the reason
 * @param selectedByAic the checkable model with the smallest AIC, or {@code null}
 * @param selectedByBic the checkable model with the smallest BIC, or {@code null}
 * @param modelAveraged the AIC-weighted average, or {@code null}
 * @param bayesian the posterior from Bayesian model averaging over decomposable graphs, or {@code null}
 * @param caveats what limits the whole estimate
 */
public record MultipleSystemsEstimate(List<String> lists, long observed, TwoListEstimate twoLists,
        List<ModelEstimate> models, List<RefusedModel> refused, ModelEstimate selectedByAic,
        ModelEstimate selectedByBic, AveragedEstimate modelAveraged, PosteriorOfTotal bayesian,
        List<Caveat> caveats) {

    public MultipleSystemsEstimate {
        lists = List.copyOf(lists);
        models = List.copyOf(models);
        refused = List.copyOf(refused);
        caveats = List.copyOf(caveats);
    }

    /** Whether any estimate beyond the documented count was possible. */
    public boolean estimated() {
        return selectedByAic != null || bayesian != null || twoLists != null;
    }
}
