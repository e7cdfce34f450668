package org.vidnova.damage;

import java.time.Instant;
import java.util.Objects;

/** The fields of a building as an import row gives them, validated. */
record BuildingDraft(String externalId, String address, double lat, double lon, String footprint, BuildingUse use,
        String name, Integer floors, Integer housingUnits, Integer residents, Integer yearBuilt, Heritage heritage,
        String heritageRef, String institution) {

    /** {@code institutionId}: the id of {@link #institution} in the building's source, or null. */
    boolean sameAs(Building b, Long institutionId) {
        return Objects.equals(institutionId, b.institutionId()) && Objects.equals(address, b.address()) && lat == b.lat() && lon == b.lon()
                && Objects.equals(footprint, b.footprint()) && use == b.use() && Objects.equals(name, b.name())
                && Objects.equals(floors, b.floors()) && Objects.equals(housingUnits, b.housingUnits())
                && Objects.equals(residents, b.residents()) && Objects.equals(yearBuilt, b.yearBuilt())
                && heritage == b.heritage() && Objects.equals(heritageRef, b.heritageRef());
    }

    Building create(String source, String district, Long institutionId, Instant now, String actor) {
        return new Building(0, source, externalId, address, lat, lon, footprint, district, use, name, floors,
                housingUnits, residents, yearBuilt, heritage, heritageRef, institutionId, null, null, now, actor, now,
                actor);
    }

    Building applyTo(Building before, String district, Long institutionId, Instant now, String actor) {
        return new Building(before.id(), before.source(), externalId, address, lat, lon, footprint, district, use,
                name, floors, housingUnits, residents, yearBuilt, heritage, heritageRef, institutionId,
                before.currentAssessmentId(), before.currentGrade(), before.createdAt(), before.createdBy(), now,
                actor);
    }
}
