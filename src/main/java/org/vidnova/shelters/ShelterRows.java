package org.vidnova.shelters;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.vidnova.web.RowFields;

/** Turns one import row (CSV or GeoJSON properties) into a validated {@link ShelterDraft}. */
final class ShelterRows {

    static final Set<String> REQUIRED = Set.of("external_id", "name", "lat", "lon");
    static final Set<String> OPTIONAL = Set.of("kind", "address", "capacity", "accessible", "status", "district",
            "hours", "notes");
    static final String KINDS = Arrays.stream(ShelterKind.values()).map(ShelterKind::code)
            .collect(Collectors.joining(", "));
    static final String STATUSES = Arrays.stream(ShelterStatus.values()).map(ShelterStatus::code)
            .collect(Collectors.joining(", "));

    private ShelterRows() {
    }

    /** The draft, or empty with the reasons left in {@code row}. Blank kind means shelter; blank status unknown. */
    static Optional<ShelterDraft> read(RowFields row) {
        String externalId = row.text("external_id", true, 128);
        String name = row.text("name", true, 200);
        ShelterKind kind = row.choice("kind", ShelterKind::parse, ShelterKind.SHELTER, KINDS);
        String address = row.text("address", false, 300);
        Double lat = row.decimal("lat", true, -90, 90);
        Double lon = row.decimal("lon", true, -180, 180);
        Integer capacity = row.integer("capacity", false, 0, 1_000_000);
        Boolean accessible = row.bool("accessible", false);
        ShelterStatus status = row.choice("status", ShelterStatus::parse, ShelterStatus.UNKNOWN, STATUSES);
        String hours = row.text("hours", false, 200);
        String notes = row.text("notes", false, 2000);
        String district = row.text("district", false, 100);
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new ShelterDraft(externalId, name, kind, address, lat, lon, capacity, accessible,
                status, hours, notes, district));
    }
}
