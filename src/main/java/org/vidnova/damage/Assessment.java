package org.vidnova.damage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One assessment of a building: who assessed it and when, the assessor's own class and its Vidnova grade through
 * the crosswalk of {@code crosswalkVersion}, homes damaged and destroyed, habitability, whether it can be rebuilt,
 * the incident (by id in the incidents module) that caused it, and its evidence.
 */
record Assessment(long id, String source, String externalId, long buildingId, LocalDate assessedOn, Assessor assessor,
        String nativeClass, int grade, String crosswalkVersion, Integer unitsDamaged, Integer unitsDestroyed,
        Boolean habitable, Rebuildable rebuildable, List<Long> incidentIds, String evidenceFile, String evidenceSha256,
        Instant evidenceCapturedAt, Double evidenceLat, Double evidenceLon, String notes, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    /** The incidents it names, ascending, each once; empty when none. */
    Assessment {
        incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
    }

    /** The lowest incident id it names, or null: the one {@link BuildingAssessed} carries. */
    Long incidentId() {
        return incidentIds.isEmpty() ? null : incidentIds.get(0);
    }

    Assessment withIncidents(List<Long> ids) {
        return new Assessment(id, source, externalId, buildingId, assessedOn, assessor, nativeClass, grade,
                crosswalkVersion, unitsDamaged, unitsDestroyed, habitable, rebuildable, ids, evidenceFile,
                evidenceSha256, evidenceCapturedAt, evidenceLat, evidenceLon, notes, createdAt, createdBy, updatedAt,
                updatedBy);
    }

    Assessment withId(long newId) {
        return new Assessment(newId, source, externalId, buildingId, assessedOn, assessor, nativeClass, grade,
                crosswalkVersion, unitsDamaged, unitsDestroyed, habitable, rebuildable, incidentIds, evidenceFile,
                evidenceSha256, evidenceCapturedAt, evidenceLat, evidenceLon, notes, createdAt, createdBy, updatedAt,
                updatedBy);
    }
}
