package org.vidnova.shelters;

/** One answer of the nearest-shelter lookup. {@code district} is the KATOTTH code (null outside the city). */
public record NearestShelter(long id, String externalId, String name, ShelterKind kind, String address, double lat,
        double lon, double distanceMeters, Integer capacity, Integer occupancy, ShelterStatus status,
        boolean accessible, String district, boolean full) {

    static NearestShelter of(Shelter s, double distanceMeters) {
        return new NearestShelter(s.id(), s.externalId(), s.name(), s.kind(), s.address(), s.lat(), s.lon(),
                Math.round(distanceMeters * 10.0) / 10.0, s.capacity(), s.occupancy(), s.status(), s.accessible(),
                s.districtCode(), s.full());
    }
}
