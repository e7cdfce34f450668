package org.vidnova.recovery;

import java.time.Instant;

/**
 * A reconstruction project: OC4IDS type and status, district, cost estimate and spending so far (whole UAH),
 * beneficiaries, progress (percent), and the conservation approval when one was recorded.
 */
record Project(long id, String source, String externalId, String title, ProjectType type, ProjectStatus status,
        String districtCode, long cost, long spent, Integer beneficiaries, BeneficiaryKind beneficiaryKind,
        int progress, Instant approvalAt, String approvalBy, String approvalRef, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    boolean approved() {
        return approvalAt != null;
    }

    Project with(ProjectDraft d, String district, Instant now, String actor) {
        return new Project(id, source, externalId, d.title(), d.type(), d.status(), district, d.cost(), spent,
                d.beneficiaries(), d.beneficiaryKind(), progress, approvalAt, approvalBy, approvalRef, createdAt,
                createdBy, now, actor);
    }
}
