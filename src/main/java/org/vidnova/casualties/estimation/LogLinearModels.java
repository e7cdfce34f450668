package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Fits every hierarchical log-linear model with all main effects, any subset of two-list interactions and, as
 * asked, one of Rcapture's heterogeneity terms; and refuses, with the reason, each model the data cannot support:
 * <ul>
 * <li>an interaction between two lists that share nobody (its parameter runs to minus infinity);</li>
 * <li>more parameters than observed cells, or a singular design;</li>
 * <li>a fit that does not converge, or whose estimate explodes (more than a thousand times the observed, or a
 * coefficient beyond ±30 — the data then say almost nothing about the uncounted).</li>
 * </ul>
 * Saturated models (no degrees of freedom left) are fitted and listed with a caveat but neither selected nor
 * averaged: they fit any table, so nothing checks their assumption.
 *
 * <p>The profile-likelihood interval costs some thirty refits of a model; with five lists and three heterogeneity
 * options that is 3,072 models. By default it is computed only for the models within {@value #PLAUSIBLE} of the
 * best AIC or BIC (a relative likelihood above 1/20,000); the others carry a
 * {@link Caveat.Kind#INTERVAL_NOT_COMPUTED} caveat and no interval.
 */
final class LogLinearModels {

    static final int MAX_LISTS = 5;
    static final double EXPLOSION_FACTOR = 1000;
    static final double MAX_COEFFICIENT = 30;
    static final double PLAUSIBLE = 20;

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

    /** A model fitted, before its interval. */
    private record Candidate(LogLinearModel model, List<String> terms, double[] beta, double estimate, double se,
            double deviance, int df, double aic, double bic) {
    }

    private LogLinearModels() {
    }

    static Search search(CaptureHistories histories, List<LogLinearModel.Heterogeneity> heterogeneities,
            MultipleSystemsEstimation.Intervals intervals) {
        List<Candidate> candidates = new ArrayList<>();
        List<RefusedModel> refused = new ArrayList<>();
        Map<LogLinearModel.Heterogeneity, double[]> starts = new EnumMap<>(LogLinearModel.Heterogeneity.class);
        for (LogLinearModel model : LogLinearModel.all(histories.k(), heterogeneities)) {
            Object result = fit(model, histories, start(model, starts.get(model.heterogeneity())));
            if (model.interactions().isEmpty() && result instanceof Candidate main) {
                starts.put(model.heterogeneity(), main.beta());
            }
            if (result instanceof Candidate candidate) {
                candidates.add(candidate);
            } else {
                refused.add((RefusedModel) result);
            }
        }
        double bestAic = bestValue(candidates, Candidate::aic);
        double bestBic = bestValue(candidates, Candidate::bic);
        Candidate byAic = best(candidates, Candidate::aic);
        Candidate byBic = best(candidates, Candidate::bic);
        List<ModelEstimate> fitted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean withInterval = switch (intervals) {
                case ALL -> true;
                case PLAUSIBLE -> !(candidate.aic() > bestAic + PLAUSIBLE && candidate.bic() > bestBic + PLAUSIBLE);
                case SELECTED -> candidate == byAic || candidate == byBic;
            };
            fitted.add(estimate(candidate, histories, withInterval ? null
                    : intervals == MultipleSystemsEstimation.Intervals.SELECTED
                    ? "no interval: only the selected models' intervals were asked for"
                    : String.format("no interval: AIC and BIC both more than %.0f above the best, the model carries no weight",
                            PLAUSIBLE)));
        }
        return new Search(fitted, refused);
    }

    private static Candidate best(List<Candidate> candidates, ToDoubleFunction<Candidate> criterion) {
        return candidates.stream().filter(c -> c.df() > 0).min(Comparator.comparingDouble(criterion)).orElse(null);
    }

    private static double bestValue(List<Candidate> candidates, ToDoubleFunction<Candidate> criterion) {
        Candidate best = best(candidates, criterion);
        return best == null ? Double.NaN : criterion.applyAsDouble(best);
    }

    /**
     * Where to start a model's iterations: the main-effects model's coefficients with the interactions at zero, which
     * saves about half the iterations of R's start from the data; {@code null} (R's start) for the main-effects model.
     */
    private static double[] start(LogLinearModel model, double[] mainEffects) {
        if (mainEffects == null || model.interactions().isEmpty()) {
            return null;
        }
        double[] start = new double[model.parameters()];
        System.arraycopy(mainEffects, 0, start, 0, 1 + model.k());
        if (model.heterogeneity() != LogLinearModel.Heterogeneity.NONE) {
            start[start.length - 1] = mainEffects[mainEffects.length - 1];
        }
        return start;
    }

    /** A {@link Candidate} or a {@link RefusedModel}. */
    private static Object fit(LogLinearModel model, CaptureHistories histories, double[] start) {
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
        PoissonRegression.Fit fit = start == null ? null : PoissonRegression.fit(design, y, start);
        if (fit == null || fit.singular() || !fit.converged()) { // a refusal is always decided from R's start
            fit = PoissonRegression.fit(design, y, null);
        }
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
        int p = model.parameters();
        double logLik = fit.logLikelihood(y);
        return new Candidate(model, terms, beta, observed + unseen, se, fit.deviance(), cells - p,
                -2 * logLik + 2 * p, -2 * logLik + Math.log(observed) * p);
    }

    /** The model with its interval, or without one when {@code noInterval} says why. */
    private static ModelEstimate estimate(Candidate c, CaptureHistories histories, String noInterval) {
        List<Caveat> caveats = new ArrayList<>();
        if (c.df() == 0) {
            caveats.add(Caveat.of(Caveat.Kind.SATURATED,
                    "saturated: the model fits any table exactly, so nothing checks its assumption"));
        }
        if (noInterval != null) {
            caveats.add(Caveat.of(Caveat.Kind.INTERVAL_NOT_COMPUTED, noInterval));
            return new ModelEstimate(c.terms(), c.estimate(), c.se(), Double.NaN, Double.NaN, Double.NaN,
                    c.deviance(), c.df(), c.aic(), c.bic(), caveats);
        }
        ProfileLikelihood.Interval interval = new ProfileLikelihood(c.model(), histories, c.beta())
                .interval(c.estimate());
        if (Double.isInfinite(interval.upper())) {
            caveats.add(Caveat.of(Caveat.Kind.UNBOUNDED_INTERVAL, String.format(
                    "the upper end of the interval lies beyond %.0f (three times the estimate)",
                    ProfileLikelihood.SEARCH_FACTOR * c.estimate())));
        }
        return new ModelEstimate(c.terms(), c.estimate(), c.se(), interval.lower(), interval.upper(),
                interval.maximum(), c.deviance(), c.df(), c.aic(), c.bic(), caveats);
    }
}
