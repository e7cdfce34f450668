package org.vidnova.recovery;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The stated score of a project: the people it serves, weighted by their vulnerability and by the service gap of
 * its district,
 *
 * <pre>score = people × vulnerability(kind) × (1 + gapWeight × serviceGap(district))</pre>
 *
 * where people is the catchment population when {@link CatchmentPopulation} knows it, else the beneficiaries
 * count (households × {@code people-per-household}). The optimiser maximises the total score within the budget,
 * so it favours people served per UAH ({@link #perMillion}). Every weight is a setting under
 * {@code vidnova.recovery.scoring}: {@code vulnerability.<kind>}, {@code gap-weight},
 * {@code service-gap.<district code>} (0..1, default {@code default-service-gap}), {@code people-per-household}.
 */
@Component
class Scoring {

    private final Environment env;
    private final CatchmentPopulation catchment;

    Scoring(Environment env, java.util.Optional<CatchmentPopulation> catchment) {
        this.env = env;
        this.catchment = catchment.orElse(CatchmentPopulation.none());
    }

    /** The parts of a score, for the page that explains it. */
    record Score(double people, double vulnerability, double serviceGap, double value) {
    }

    Score of(Project p, List<Long> buildingIds) {
        BeneficiaryKind kind = p.beneficiaryKind() == null ? BeneficiaryKind.PEOPLE : p.beneficiaryKind();
        double people = catchment.of(p.districtCode(), kind, buildingIds).stream().mapToDouble(v -> v).boxed()
                .findFirst().orElseGet(() -> p.beneficiaries() == null ? 0 : p.beneficiaries()
                        * (kind == BeneficiaryKind.HOUSEHOLDS ? setting("people-per-household", 2.4) : 1));
        double vulnerability = setting("vulnerability." + kind.code(), defaultVulnerability(kind));
        double gap = p.districtCode() == null ? setting("default-service-gap", 0.5)
                : setting("service-gap." + p.districtCode(), setting("default-service-gap", 0.5));
        double value = people * vulnerability * (1 + setting("gap-weight", 1.0) * gap);
        return new Score(people, vulnerability, gap, Math.round(value * 10) / 10.0);
    }

    /** Score per million UAH of cost: what the budget buys. */
    static double perMillion(double score, long cost) {
        return cost == 0 ? 0 : Math.round(score / cost * 1e6 * 100) / 100.0;
    }

    private static double defaultVulnerability(BeneficiaryKind kind) {
        return switch (kind) {
            case CHILDREN, BEDS -> 1.5;
            case PUPILS -> 1.3;
            case HOUSEHOLDS, PEOPLE -> 1.0;
        };
    }

    private double setting(String name, double whenAbsent) {
        return env.getProperty("vidnova.recovery.scoring." + name, Double.class, whenAbsent);
    }
}
