package org.vidnova.population;

import java.util.Optional;
import java.util.Set;

import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

/**
 * One row of a household import, validated field by field (errors name the field, never repeat the value: it may
 * be a name). A household is placed in a site only through an allocation, so {@code stays} may not be
 * {@code temporary_site} here.
 */
final class HouseholdRows {

    static final Set<String> REQUIRED = Set.of("external_id", "reference_person", "size", "home_building_id");
    static final Set<String> OPTIONAL = Set.of("children", "elderly", "disabled", "home_unit", "stays", "contact",
            "override_reason");

    /** A row read: its key in the source and the household it describes. */
    record Parsed(String externalId, HouseholdForm form) {
    }

    private HouseholdRows() {
    }

    static Optional<Parsed> read(RowFields row) {
        String externalId = row.text("external_id", true, 128);
        String person = row.text("reference_person", true, 200);
        Integer size = row.integer("size", true, 1, HouseholdForm.LARGEST);
        int children = orZero(row.integer("children", false, 0, HouseholdForm.LARGEST));
        int elderly = orZero(row.integer("elderly", false, 0, HouseholdForm.LARGEST));
        int disabled = orZero(row.integer("disabled", false, 0, HouseholdForm.LARGEST));
        Long building = null;
        String b = row.text("home_building_id", true, 19);
        if (b != null) {
            try {
                building = Long.parseLong(b.strip());
            } catch (NumberFormatException e) {
                row.error("home_building_id", "must be a building id of the damage register");
            }
        }
        String unit = row.text("home_unit", false, 32);
        HouseholdStay stays = row.choice("stays", c -> Codes.parse(HouseholdStay.class, c), HouseholdStay.UNKNOWN,
                Codes.list(HouseholdStay.class));
        if (stays == HouseholdStay.TEMPORARY_SITE) {
            row.error("stays", "a household is placed in a temporary site through an allocation, not an import");
        }
        String contact = row.text("contact", false, 200);
        String reason = row.text("override_reason", false, 500);
        if (size != null && children + elderly > size) {
            row.error("children", "with elderly is more than the household's size");
        }
        if (size != null && disabled > size) {
            row.error("disabled", "is more than the household's size");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(externalId.strip(), new HouseholdForm(person.strip(), size, children, elderly,
                disabled, building, unit, stays, null, contact, reason != null, reason)));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
