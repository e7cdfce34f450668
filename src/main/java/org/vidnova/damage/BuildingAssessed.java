package org.vidnova.damage;

import java.time.LocalDate;

/**
 * Published when an assessment of a building has been recorded or changed, inside the transaction that writes
 * it: the building, the assessment, its grade on the Vidnova scale and, when known, the incident that caused it
 * (an id of the incidents module).
 */
public record BuildingAssessed(long buildingId, long assessmentId, String assessor, int grade, LocalDate assessedOn,
        Long incidentId, String districtCode) {
}
