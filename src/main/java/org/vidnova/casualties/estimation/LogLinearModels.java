package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Fits every hierarchical log-linear model with all main effects and any subset of two-list interactions, and
 * refuses, with the reason, each model the data cannot support:
 * <ul>
 * <li>an interaction between two lists that share nobody (its parameter runs to minus infinity);</li>
 * <li>more parameters than observed cells, or a singular design;</li>
 * <li>a fit that does not converge, or whose estimate explodes (more than a thousand times the observed, or a
 * coefficient beyond ±30 — the data then say almost nothing about the uncounted).</li>
 * </ul>
 * Saturated models (no degrees of freedom left) are fitted and listed with a caveat but neither selected nor
 * averaged: they fit any table, so nothing checks their assumption.
 */
final class LogLinearModels {

    static final int MAX_LISTS = 5;
    static final double EXPLOSION_FACTOR = 1000;
    static final double MAX_COEFFICIENT = 30;

    /** All models fitted and refused. */
    record Search(List<ModelEstimate> fitted, List<RefusedModel> refused) {

        ModelEstimate bestBy(ToDoubleFunction<ModelEstimate> criterion) {
            return fitted.stream().filter(ModelEstimate::checkable).min(Comparator.comparingDouble(criterion))
                    .orElse(null);
        }

        AveragedEstimate averaged(double observed) {
            List<ModelEstimate> checkable = fitted.stream().filter(ModelEstimate::checkable).toList();
            if (checkable.isEmpty()) {
                return null;
            }
            double best = checkable.stream().mapToDouble(ModelEstimate::aic).min().orElseThrow();
            double[] weights = checkable.stream().mapToDouble(m -> Math.exp(-(m.aic() - best) / 2)).toArray();
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            double estimate = 0;
            for (int m = 0; m < weights.length; m++) {
                weights[m] /= sum;
                estimate += weights[m] * checkable.get(m).estimate();
            }
            double se = 0;
            int carrying = 0;
            for (int m = 0; m < weights.length; m++) {
                ModelEstimate model = checkable.get(m);
                double gap = model.estimate() - estimate;
                se += weights[m] * Math.sqrt(model.standardError() * model.standardError() + gap * gap);
                if (weights[m] > 1e-3) {
                    carrying++;
                }
            }
            double[] interval = AveragedEstimate.logNormalInterval(observed, estimate, se);
            return new AveragedEstimate(estimate, se, interval[0], interval[1], carrying);
        }
    }

    private LogLinearModels() {
    }

    static Search search(CaptureHistories histories) {
        List<ModelEstimate> fitted = new ArrayList<>();
        List<RefusedModel> refused = new ArrayList<>();
        for (LogLinearModel model : LogLinearModel.all(histories.k())) {
            Object result = fit(model, histories);
            if (result instanceof ModelEstimate estimate) {
                fitted.add(estimate);
            } else {
                refused.add((RefusedModel) result);
            }
        }
        return new Search(fitted, refused);
    }

    /** A {@link ModelEstimate} or a {@link RefusedModel}. */
    static Object fit(LogLinearModel model, CaptureHistories histories) {
        List<String> names = histories.lists();
        List<String> terms = model.terms(names);
        for (int[] pair : model.interactions()) {
            if (histories.onBoth(pair[0], pair[1]) == 0) {
                return new RefusedModel(terms, Caveat.of(Caveat.Kind.NOT_IDENTIFIABLE, "lists " + names.get(pair[0])
                        + " and " + names.get(pair[1]) + " share nobody, so their interaction cannot be estimated"));
            }
        }
        int cells = (1 << histories.k()) - 1;
        if (model.parameters() > cells) {
            return new RefusedModel(terms, Caveat.of(Caveat.Kind.NOT_IDENTIFIABLE, model.parameters()
                    + " parameters for " + cells + " cells"));
        }
        double[][] design = new double[cells][];
        double[] y = new double[cells];
        for (int mask = 1; mask <= cells; mask++) {
            design[mask - 1] = model.row(mask);
            y[mask - 1] = histories.count(mask);
        }
        PoissonRegression.Fit fit = PoissonRegression.fit(design, y, null);
        if (fit.singular()) {
            return new RefusedModel(terms, Caveat.of(Caveat.Kind.NOT_IDENTIFIABLE,
                    "the observed cells cannot determine this model's parameters"));
        }
        if (!fit.converged()) {
            return new RefusedModel(terms, Caveat.of(Caveat.Kind.NOT_CONVERGED, "the fit did not converge"));
        }
        double observed = histories.observed();
        double[] beta = fit.coefficients();
        double unseen = Math.exp(beta[0]);
        for (double b : beta) {
            if (Math.abs(b) > MAX_COEFFICIENT || unseen > EXPLOSION_FACTOR * observed) {
                return new RefusedModel(terms, Caveat.of(Caveat.Kind.EXPLODING, String.format(
                        "the estimate runs away (%.3g uncounted for %.0f observed): the data hold almost no information on the uncounted",
                        unseen, observed)));
            }
        }
        double[][] inverse = PoissonRegression.invert(PoissonRegression.information(design, fit.fitted()));
        if (inverse == null) {
            return new RefusedModel(terms, Caveat.of(Caveat.Kind.NOT_IDENTIFIABLE,
                    "the fitted information matrix is singular"));
        }
        double se = Math.sqrt(unseen + unseen * unseen * inverse[0][0]);
        double estimate = observed + unseen;
        int p = model.parameters();
        double logLik = fit.logLikelihood(y);
        double aic = -2 * logLik + 2 * p;
        double bic = -2 * logLik + Math.log(observed) * p;
        int df = cells - p;
        List<Caveat> caveats = new ArrayList<>();
        if (df == 0) {
            caveats.add(Caveat.of(Caveat.Kind.SATURATED,
                    "saturated: the model fits any table exactly, so nothing checks its assumption"));
        }
        ProfileLikelihood.Interval interval = new ProfileLikelihood(model, histories, beta).interval(estimate);
        if (Double.isInfinite(interval.upper())) {
            caveats.add(Caveat.of(Caveat.Kind.UNBOUNDED_INTERVAL, String.format(
                    "the upper end of the interval lies beyond %.0f (three times the estimate)",
                    ProfileLikelihood.SEARCH_FACTOR * estimate)));
        }
        return new ModelEstimate(terms, estimate, se, interval.lower(), interval.upper(), interval.maximum(),
                fit.deviance(), df, aic, bic, caveats);
    }
}
