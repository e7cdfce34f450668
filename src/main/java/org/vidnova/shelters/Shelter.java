package org.vidnova.shelters;

import java.time.Instant;

/**
 * A shelter or metro station. {@code districtCode} is computed from lat/lon (null outside the city);
 * {@code capacity} and {@code occupancy} are persons and may be unknown (null).
 */
public record Shelter(long id, String source, String externalId, String name, ShelterKind kind, String address,
        double lat, double lon, String districtCode, Integer capacity, boolean accessible, ShelterStatus status,
        String hours, String notes, Integer occupancy, Instant occupancyAt, Instant updatedAt) {

    /** Full when its occupancy has reached a known capacity. */
    public boolean full() {
        return capacity != null && occupancy != null && occupancy >= capacity;
    }

    /** A new shelter from an import row; occupancy is unknown until someone reports it. */
    static Shelter create(long id, String source, ShelterDraft d, String district, Instant now) {
        return new Shelter(id, source, d.externalId(), d.name(), d.kind(), d.address(), d.lat(), d.lon(), district,
                d.capacity(), d.accessible(), d.status(), d.hours(), d.notes(), null, null, now);
    }

    /** The same shelter with the registered fields of {@code d} (what an import may change). */
    Shelter with(ShelterDraft d, String district, Instant now) {
        return new Shelter(id, source, externalId, d.name(), d.kind(), d.address(), d.lat(), d.lon(), district,
                d.capacity(), d.accessible(), d.status(), d.hours(), d.notes(), occupancy, occupancyAt, now);
    }
}
