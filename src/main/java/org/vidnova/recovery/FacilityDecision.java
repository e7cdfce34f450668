package org.vidnova.recovery;

import java.time.Instant;
import java.util.List;

/**
 * One recorded decision on a facility (named by its lowest damage building id). Decisions are never changed: a new
 * decision is a new row and the latest is in force. {@code mergeTargetId} is the facility that takes over (merge);
 * the relocation target (district, point) is optional; {@code costEstimate} in whole UAH, null when not estimated.
 */
record FacilityDecision(long id, long facilityId, FacilityDecisionKind decision, Long mergeTargetId,
        String relocateDistrict, Double relocateLat, Double relocateLon, Long costEstimate, String reason,
        Instant decidedAt, String decidedBy, List<Long> projectIds) {

    FacilityDecision {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    FacilityDecision withId(long newId) {
        return new FacilityDecision(newId, facilityId, decision, mergeTargetId, relocateDistrict, relocateLat,
                relocateLon, costEstimate, reason, decidedAt, decidedBy, projectIds);
    }
}
