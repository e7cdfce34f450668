package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs the engine on simulated cities and measures how often each method's 95% interval covers the true toll,
 * and its bias. {@code main} prints the figures (see docs/benchmarks.md); its arguments are the number of cities,
 * the first seed, and optionally the scenario's heterogeneity, copy and avoid ({@link SimulatedCity}).
 * {@link CoverageSimulationTests} holds the floors.
 */
final class CoverageSimulation {

    /** One method's interval, or {@code null} when it gave none. */
    record Interval(double estimate, double lower, double upper) {
    }

    /** One method's record over the cities. */
    record Score(String method, int cities, int answered, int covered, double meanRelativeError,
            double medianRelativeError) {

        double coverage() {
            return (double) covered / answered;
        }

        String line() {
            return String.format(Locale.ROOT, "| %s | %d/%d | %.1f%% | %+.1f%% | %+.1f%% |", method, answered, cities,
                    100 * coverage(), 100 * meanRelativeError, 100 * medianRelativeError);
        }
    }

    /** The scores and the engine's timings. */
    record Report(List<Score> scores, double[] millisByLists) {
    }

    static final List<String> METHODS = List.of("log-linear, AIC-selected", "log-linear, BIC-selected",
            "log-linear, AIC-weighted average", "Bayesian model averaging (dga)");

    private static final List<Function<MultipleSystemsEstimate, Interval>> PICKS = List.of(
            e -> e.selectedByAic() == null ? null
                    : new Interval(e.selectedByAic().estimate(), e.selectedByAic().lower(), e.selectedByAic().upper()),
            e -> e.selectedByBic() == null ? null
                    : new Interval(e.selectedByBic().estimate(), e.selectedByBic().lower(), e.selectedByBic().upper()),
            e -> e.modelAveraged() == null ? null
                    : new Interval(e.modelAveraged().estimate(), e.modelAveraged().lower(), e.modelAveraged().upper()),
            e -> e.bayesian() == null ? null
                    : new Interval(e.bayesian().median(), e.bayesian().lower(), e.bayesian().upper()));

    /** The default engine, but intervals only for the selected models: the others' are not scored. */
    static final MultipleSystemsEstimation.Options OPTIONS = new MultipleSystemsEstimation.Options(
            List.of(LogLinearModel.Heterogeneity.values()), MultipleSystemsEstimation.Intervals.SELECTED);

    private CoverageSimulation() {
    }

    /** City {@code i} has {@code 3 + i % 3} lists and seed {@code seed + i}. */
    static Report run(int cities, long seed, SimulatedCity.Scenario scenario) {
        int methods = PICKS.size();
        int[] answered = new int[methods];
        int[] covered = new int[methods];
        List<List<Double>> errors = new ArrayList<>();
        for (int m = 0; m < methods; m++) {
            errors.add(new ArrayList<>());
        }
        double[] millis = new double[6];
        int[] timed = new int[6];
        for (int i = 0; i < cities; i++) {
            int k = 3 + i % 3;
            SimulatedCity city = SimulatedCity.generate(seed + i, k, scenario);
            long start = System.nanoTime();
            MultipleSystemsEstimate estimate = MultipleSystemsEstimation.estimate(city.histories(), OPTIONS);
            millis[k] += (System.nanoTime() - start) / 1e6;
            timed[k]++;
            for (int m = 0; m < methods; m++) {
                Interval interval = PICKS.get(m).apply(estimate);
                if (interval == null) {
                    continue;
                }
                answered[m]++;
                if (interval.lower() <= city.trueTotal() && city.trueTotal() <= interval.upper()) {
                    covered[m]++;
                }
                errors.get(m).add(interval.estimate() / city.trueTotal() - 1);
            }
        }
        List<Score> scores = new ArrayList<>();
        for (int m = 0; m < methods; m++) {
            List<Double> e = new ArrayList<>(errors.get(m));
            e.sort(null);
            double mean = e.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double median = e.isEmpty() ? Double.NaN : e.get(e.size() / 2);
            scores.add(new Score(METHODS.get(m), cities, answered[m], covered[m], mean, median));
        }
        for (int k = 3; k <= 5; k++) {
            millis[k] = timed[k] == 0 ? Double.NaN : millis[k] / timed[k];
        }
        return new Report(scores, millis);
    }

    public static void main(String[] args) {
        int cities = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260001L;
        SimulatedCity.Scenario scenario = args.length > 4 ? new SimulatedCity.Scenario(Double.parseDouble(args[2]),
                Double.parseDouble(args[3]), Double.parseDouble(args[4])) : SimulatedCity.Scenario.DEFAULT;
        Report report = run(cities, seed, scenario);
        System.out.println("scenario " + scenario + ", " + cities + " cities, seed " + seed);
        System.out.println("| method | answered | 95% interval covers the truth | mean error | median error |");
        System.out.println("|---|---|---|---|---|");
        report.scores().forEach(s -> System.out.println(s.line()));
        for (int k = 3; k <= 5; k++) {
            System.out.printf(Locale.ROOT, "engine, %d lists, intervals of the selected models: %.0f ms per city%n", k,
                    report.millisByLists()[k]);
        }
        for (int k = 3; k <= 5; k++) {
            long start = System.nanoTime();
            int runs = 15;
            for (int i = 0; i < runs; i++) {
                MultipleSystemsEstimation.estimate(SimulatedCity.generate(seed + i, k, scenario).histories());
            }
            System.out.printf(Locale.ROOT, "engine, %d lists, default (intervals of the plausible models): %.0f ms per city%n",
                    k, (System.nanoTime() - start) / 1e6 / runs);
        }
    }
}
