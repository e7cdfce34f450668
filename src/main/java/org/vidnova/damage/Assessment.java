package org.vidnova.damage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment of a building: who assessed it and when, the assessor's own class and its Vidnova grade through
 * the crosswalk of {@code crosswalkVersion}, homes damaged and destroyed, habitability, whether it can be rebuilt,
 * the incident (by id in the incidents module) that caused it, and its evidence.
 */
record Assessment(long id, String source, String externalId, long buildingId, LocalDate assessedOn, Assessor assessor,
        String nativeClass, int grade, String crosswalkVersion, Integer unitsDamaged, Integer unitsDestroyed,
        Boolean habitable, Rebuildable rebuildable, Long incidentId, String evidenceFile, String evidenceSha256,
        Instant evidenceCapturedAt, Double evidenceLat, Double evidenceLon, String notes, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    Assessment withId(long newId) {
        return new Assessment(newId, source, externalId, buildingId, assessedOn, assessor, nativeClass, grade,
                crosswalkVersion, unitsDamaged, unitsDestroyed, habitable, rebuildable, incidentId, evidenceFile,
                evidenceSha256, evidenceCapturedAt, evidenceLat, evidenceLon, notes, createdAt, createdBy, updatedAt,
                updatedBy);
    }
}
