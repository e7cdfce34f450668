package org.vidnova.recovery;

import org.vidnova.damage.Facilities;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A facility in the public list: its current state ({@code grade} 0-4 and {@code state}, null when never
 * assessed), whether it can be rebuilt (yes, no, unknown), the capacity of its use (pupils, children or beds; null
 * when unknown) and the decision in force (null when none yet).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FacilitySummary(long id, String name, String use, String district, double lat, double lon, Integer grade,
        String state, String rebuildable, Integer capacity, String capacityKind, FacilityDecisionView decision) {

    static FacilitySummary of(Facilities.Facility f, FacilityDecisionView decision) {
        return new FacilitySummary(f.id(), f.name(), f.use().code(), f.districtCode(), f.lat(), f.lon(), f.grade(),
                f.current() == null ? null : f.current().state(), f.rebuildable().name().toLowerCase(
                        java.util.Locale.ROOT), f.capacity(), capacityKind(f), decision);
    }

    /** The beneficiary kind a facility's capacity counts, or null for uses without one. */
    static String capacityKind(Facilities.Facility f) {
        return switch (f.use()) {
            case SCHOOL -> BeneficiaryKind.PUPILS.code();
            case KINDERGARTEN -> BeneficiaryKind.CHILDREN.code();
            case MEDICAL, PERINATAL -> BeneficiaryKind.BEDS.code();
            default -> null;
        };
    }

    public String idText() {
        return String.valueOf(id);
    }
}
