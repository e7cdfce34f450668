package org.vidnova.population;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.vidnova.population.estimate.Direction;
import org.vidnova.web.RowFields;

/**
 * Reads the rows of both imports. The district may be a KATOTTH code or any name a list uses (current, pre-2016,
 * Ukrainian, English, Russian), resolved by {@code geo.Districts}. Messages never quote the value.
 */
final class FlowRows {

    static final Set<String> REGISTRATION_REQUIRED = ordered("external_id", "date", "district", "direction",
            "household_size", "other_place");
    static final Set<String> REGISTRATION_OPTIONAL = Set.of("building_source", "building_external_id");
    static final Set<String> COUNT_REQUIRED = ordered("external_id", "date", "district", "direction", "people",
            "low", "high");
    /** The largest household a registration may name, and the largest count a row may give. */
    static final int MAX_HOUSEHOLD = 50;
    static final int MAX_PEOPLE = 2_000_000;

    private final Function<String, Optional<String>> districtCode;

    /** @param districtCode the KATOTTH code a code or name means, or empty */
    FlowRows(Function<String, Optional<String>> districtCode) {
        this.districtCode = districtCode;
    }

    Optional<RegistrationDraft> registration(RowFields row) {
        String id = row.text("external_id", true, 128);
        LocalDate day = FlowDay.read(row, "date");
        String district = district(row);
        Direction direction = row.choice("direction", Direction::parse, null, Direction.ALLOWED);
        Integer size = row.integer("household_size", true, 1, MAX_HOUSEHOLD);
        String otherPlace = row.text("other_place", false, 200);
        String buildingSource = row.text("building_source", false, 64);
        String buildingId = row.text("building_external_id", false, 128);
        if ((buildingSource == null) != (buildingId == null) && row.ok()) {
            row.error(buildingSource == null ? "building_source" : "building_external_id",
                    "is required when the other building column is given");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationDraft(id, day, district, direction, size, otherPlace, buildingSource,
                buildingId));
    }

    Optional<CountDraft> count(RowFields row) {
        String id = row.text("external_id", true, 128);
        LocalDate day = FlowDay.read(row, "date");
        String district = district(row);
        Direction direction = row.choice("direction", Direction::parse, null, Direction.ALLOWED);
        Integer people = row.integer("people", true, 0, MAX_PEOPLE);
        Integer low = row.integer("low", false, 0, MAX_PEOPLE);
        Integer high = row.integer("high", false, 0, MAX_PEOPLE);
        // A source that states no interval is taken at its word: low and high are its count.
        if (people != null && low != null && low > people) {
            row.error("low", "must not be greater than people");
        }
        if (people != null && high != null && high < people) {
            row.error("high", "must not be less than people");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new CountDraft(id, day, district, direction, people, low == null ? people : low,
                high == null ? people : high));
    }

    private String district(RowFields row) {
        String value = row.text("district", true, 100);
        if (value == null) {
            return null;
        }
        Optional<String> code = districtCode.apply(value);
        if (code.isEmpty()) {
            row.error("district", "is not a Kharkiv district code or name");
        }
        return code.orElse(null);
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
