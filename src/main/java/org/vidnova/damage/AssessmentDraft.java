package org.vidnova.damage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The fields of an assessment as an import row gives them, validated; the building is named by its key. */
record AssessmentDraft(String externalId, String buildingSource, String buildingExternalId, LocalDate assessedOn,
        Assessor assessor, String nativeClass, int grade, String crosswalkVersion, Integer unitsDamaged,
        Integer unitsDestroyed, Boolean habitable, Rebuildable rebuildable, List<Long> incidentIds, String evidenceFile,
        String evidenceSha256, Instant evidenceCapturedAt, Double evidenceLat, Double evidenceLon, String notes) {

    String buildingKey() {
        return BatchImport.sourceKey(buildingSource, buildingExternalId);
    }

    boolean sameAs(Assessment a, long buildingId) {
        return a.buildingId() == buildingId && assessedOn.equals(a.assessedOn()) && assessor == a.assessor()
                && nativeClass.equals(a.nativeClass()) && grade == a.grade()
                && crosswalkVersion.equals(a.crosswalkVersion()) && Objects.equals(unitsDamaged, a.unitsDamaged())
                && Objects.equals(unitsDestroyed, a.unitsDestroyed()) && Objects.equals(habitable, a.habitable())
                && rebuildable == a.rebuildable() && incidentIds.equals(a.incidentIds())
                && Objects.equals(evidenceFile, a.evidenceFile()) && Objects.equals(evidenceSha256, a.evidenceSha256())
                && Objects.equals(evidenceCapturedAt, a.evidenceCapturedAt())
                && Objects.equals(evidenceLat, a.evidenceLat()) && Objects.equals(evidenceLon, a.evidenceLon())
                && Objects.equals(notes, a.notes());
    }

    /** A new assessment ({@code before} null) or the stored one with these fields. */
    Assessment build(Assessment before, String source, long buildingId, Instant now, String actor) {
        return new Assessment(before == null ? 0 : before.id(), source, externalId, buildingId, assessedOn, assessor,
                nativeClass, grade, crosswalkVersion, unitsDamaged, unitsDestroyed, habitable, rebuildable, incidentIds,
                evidenceFile, evidenceSha256, evidenceCapturedAt, evidenceLat, evidenceLon, notes,
                before == null ? now : before.createdAt(), before == null ? actor : before.createdBy(), now, actor);
    }
}
