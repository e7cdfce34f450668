package org.vidnova.shelters;

import java.time.Instant;

/** A shelter as the API shows it: the register's fields, whether it is full, and residents' unchecked reports. */
record ShelterView(long id, String source, String externalId, String name, ShelterKind kind, String address,
        double lat, double lon, String district, Integer capacity, boolean accessible, ShelterStatus status,
        String hours, String notes, Integer occupancy, Instant occupancyAt, boolean full, Instant updatedAt,
        PendingReports pendingReports) {

    /** Residents' reports not yet checked by a registrar. */
    record PendingReports(int closed, int full) {
        static final PendingReports NONE = new PendingReports(0, 0);
    }

    static ShelterView of(Shelter s, PendingReports pending) {
        return new ShelterView(s.id(), s.source(), s.externalId(), s.name(), s.kind(), s.address(), s.lat(), s.lon(),
                s.districtCode(), s.capacity(), s.accessible(), s.status(), s.hours(), s.notes(), s.occupancy(),
                s.occupancyAt(), s.full(), s.updatedAt(), pending == null ? PendingReports.NONE : pending);
    }
}
