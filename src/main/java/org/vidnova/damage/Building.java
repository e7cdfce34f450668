package org.vidnova.damage;

import java.time.Instant;

/**
 * A building of the register, with its homes ({@code housingUnits}) and its current state ({@code currentGrade},
 * null when never assessed) as decided by {@link CurrentState}.
 */
record Building(long id, String source, String externalId, String address, double lat, double lon, String footprint,
        String districtCode, BuildingUse use, String name, Integer floors, Integer housingUnits, Integer residents,
        Integer yearBuilt, Heritage heritage, String heritageRef, Long institutionId, Long currentAssessmentId,
        Integer currentGrade, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    Building withId(long newId) {
        return new Building(newId, source, externalId, address, lat, lon, footprint, districtCode, use, name, floors,
                housingUnits, residents, yearBuilt, heritage, heritageRef, institutionId, currentAssessmentId,
                currentGrade, createdAt, createdBy, updatedAt, updatedBy);
    }
}
