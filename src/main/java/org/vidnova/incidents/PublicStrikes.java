package org.vidnova.incidents;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/**
 * The disclosure policy applied to strike records read by the public: none that occurred within the delay, and,
 * when the policy rounds to the district, each shown at a point inside its district (none outside the city) with
 * its description and source link withheld, since those often name the street. Signed-in staff see the register.
 * Aggregates (statistics, summaries, the dashboard's counts) are district-level already and are not delayed.
 */
@Component
class PublicStrikes {

    private final Disclosure disclosure;
    private final Districts districts;
    private final Map<String, double[]> insidePoints = new ConcurrentHashMap<>();

    PublicStrikes(Disclosure disclosure, Districts districts) {
        this.disclosure = disclosure;
        this.districts = districts;
    }

    /** The filter a public caller may use: ending before the delay; no box when points are rounded. */
    IncidentRepository.Filter limit(IncidentRepository.Filter filter) {
        Optional<DisclosurePolicy> policy = disclosure.forPublic();
        if (policy.isEmpty()) {
            return filter;
        }
        if (filter.bbox() != null && policy.get().strikesRoundedToDistrict()) {
            // A box search over exact points would locate a strike by bisection, whatever the answer shows.
            throw ApiProblem.badRequest("bbox", "is not available to the public while strike locations are"
                    + " published by district only (see /api/v1/disclosure/policy); filter by district");
        }
        Instant cutoff = policy.get().strikeCutoff(Instant.now());
        Instant to = filter.to() == null || filter.to().isAfter(cutoff) ? cutoff : filter.to();
        return new IncidentRepository.Filter(filter.source(), filter.district(), filter.types(), filter.from(), to,
                filter.bbox(), filter.verification());
    }

    /** Whether a public caller may see this record at all. */
    boolean visible(Incident i) {
        return disclosure.forPublic().map(p -> !i.occurredAt().isAfter(p.strikeCutoff(Instant.now())))
                .orElse(true);
    }

    /** Whether a public caller may see exact points (so strikes near a place may be listed). */
    boolean exactPoints() {
        return disclosure.forPublic().map(p -> !p.strikesRoundedToDistrict()).orElse(true);
    }

    /** The record as this caller may see it. */
    Incident shown(Incident i) {
        return exactPoints() ? i : rounded(i);
    }

    /** How this caller may see each record, decided once for a whole export rather than per record. */
    java.util.function.UnaryOperator<Incident> shown() {
        return exactPoints() ? i -> i : this::rounded;
    }

    /** The record placed at a point inside its district, without what would locate it more precisely. */
    private Incident rounded(Incident i) {
        double[] point = i.districtCode() == null ? null : insidePoints.computeIfAbsent(i.districtCode(),
                code -> districts.boundary(code).map(b -> {
                    Point p = b.getInteriorPoint();
                    return new double[] {round(p.getY()), round(p.getX())};
                }).orElse(null));
        return new Incident(i.id(), i.source(), i.externalId(), i.occurredAt(), i.timePrecision(), i.type(),
                point == null ? null : point[0], point == null ? null : point[1],
                i.districtCode() == null ? GeoPrecision.CITY : GeoPrecision.DISTRICT, i.districtCode(), i.killed(),
                i.injured(), null, null, i.verification(), i.localDay(), i.localHour(), i.createdAt(), i.createdBy(),
                i.updatedAt(), i.updatedBy());
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e4) / 1e4;
    }
}
