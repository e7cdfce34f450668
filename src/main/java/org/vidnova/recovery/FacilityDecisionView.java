package org.vidnova.recovery;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A decision as the API and pages show it. {@code decidedBy} (a staff login) is shown to planners only: the
 * public sees when and what was decided and why, not who typed it in.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FacilityDecisionView(long id, String decision, Long mergeTarget, String mergeTargetName,
        String relocateDistrict, Double relocateLat, Double relocateLon, Long costEstimate, String reason,
        Instant decidedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String decidedBy, List<Long> projectIds) {

    static FacilityDecisionView of(FacilityDecision d, String mergeTargetName, boolean showActor) {
        return new FacilityDecisionView(d.id(), d.decision().code(), d.mergeTargetId(), mergeTargetName,
                d.relocateDistrict(), d.relocateLat(), d.relocateLon(), d.costEstimate(), d.reason(), d.decidedAt(),
                showActor ? d.decidedBy() : null, d.projectIds());
    }

    public String idText() {
        return String.valueOf(id);
    }

    public String mergeTargetText() {
        return mergeTarget == null ? "" : String.valueOf(mergeTarget);
    }
}
