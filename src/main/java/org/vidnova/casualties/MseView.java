package org.vidnova.casualties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vidnova.casualties.estimation.AveragedEstimate;
import org.vidnova.casualties.estimation.Caveat;
import org.vidnova.casualties.estimation.ModelEstimate;
import org.vidnova.casualties.estimation.MultipleSystemsEstimate;
import org.vidnova.casualties.estimation.PosteriorOfTotal;
import org.vidnova.casualties.estimation.RefusedModel;
import org.vidnova.casualties.estimation.TwoListEstimate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON answer of {@code POST /api/v1/estimation/mse}. The field names {@code observed, models (terms, estimate,
 * ci95, deviance, df, aic, bic), selected, modelAveraged, bayesian (estimate, ci95), warnings} are a public contract;
 * the other fields may be added to. A number JSON cannot hold (an unbounded interval end, an interval not computed)
 * is {@code null}, and a warning says why; a part not computed is {@code null} too, never left out.
 *
 * @param lists the lists' names, in the order of the pattern digits
 * @param observed people on at least one list: the documented minimum
 * @param models the log-linear models fitted (only those with an interval unless all were asked for)
 * @param otherModels how many further models were fitted but carry no weight (left out of {@code models})
 * @param refused the models the data cannot support, with the reason
 * @param selected the model with the smallest AIC among those with a degree of freedom left, or null
 * @param selectedByBic likewise by BIC
 * @param modelAveraged the AIC-weighted average of the models, Vidnova's headline estimate, or null
 * @param bayesian Bayesian model averaging over decomposable graphs (dga), or null
 * @param twoLists Lincoln–Petersen and Chapman, for two lists only
 * @param warnings what limits the whole estimate
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MseView(List<String> lists, long observed, List<Model> models, int otherModels, List<Refused> refused,
        Model selected, Model selectedByBic, Averaged modelAveraged, Bayesian bayesian, TwoLists twoLists,
        List<Warning> warnings) {

    /** One model; {@code ci95} ends are null when unbounded or not computed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Model(List<String> terms, double estimate, double standardError, Double[] ci95, double deviance, int df,
            double aic, double bic, List<Warning> warnings) {
    }

    /** A refused model. */
    record Refused(List<String> terms, Warning reason) {
    }

    /** The AIC-weighted average. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Averaged(double estimate, double standardError, Double[] ci95, int models) {
    }

    /** The posterior of the total: {@code estimate} is its median, with the mean beside it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Bayesian(long estimate, double mean, Double[] ci95, String topModel, double topModelProbability) {
    }

    /** The two-list estimates. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TwoLists(Double lincolnPetersen, Double lincolnPetersenVariance, double chapman, double chapmanVariance) {
    }

    /** A caveat: {@code code} for programs, {@code message} for people. */
    record Warning(String code, String message) {

        static Warning of(Caveat caveat) {
            return new Warning(caveat.kind().name(), caveat.message());
        }
    }

    static MseView of(MultipleSystemsEstimate e, boolean allModels) {
        List<Model> models = new ArrayList<>();
        int others = 0;
        for (ModelEstimate m : e.models()) {
            if (allModels || !Double.isNaN(m.lower())) {
                models.add(model(m));
            } else {
                others++;
            }
        }
        AveragedEstimate a = e.modelAveraged();
        PosteriorOfTotal b = e.bayesian();
        TwoListEstimate t = e.twoLists();
        return new MseView(e.lists(), e.observed(), models, others,
                e.refused().stream().map(r -> new Refused(r.terms(), Warning.of(r.reason()))).toList(),
                e.selectedByAic() == null ? null : model(e.selectedByAic()),
                e.selectedByBic() == null ? null : model(e.selectedByBic()),
                a == null ? null : new Averaged(a.estimate(), a.standardError(), interval(a.lower(), a.upper()),
                        a.models()),
                b == null ? null : new Bayesian(b.median(), b.mean(), interval(b.lower(), b.upper()), b.topModel(),
                        b.topModelProbability()),
                t == null ? null : new TwoLists(finite(t.lincolnPetersen()), finite(t.lincolnPetersenVariance()),
                        t.chapman(), t.chapmanVariance()),
                e.caveats().stream().map(Warning::of).toList());
    }

    private static Model model(ModelEstimate m) {
        return new Model(m.terms(), m.estimate(), m.standardError(), interval(m.lower(), m.upper()), m.deviance(),
                m.df(), m.aic(), m.bic(), m.caveats().stream().map(Warning::of).toList());
    }

    private static Double[] interval(double lower, double upper) {
        return new Double[] {finite(lower), finite(upper)};
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    @Override
    public String toString() {
        return "MseView" + lists + " observed " + observed + " models " + models.size() + " " + Arrays.toString(
                warnings.toArray());
    }
}
