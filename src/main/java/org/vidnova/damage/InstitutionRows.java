package org.vidnova.damage;

import java.util.Optional;
import java.util.Set;

import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

/**
 * Turns one institutions import row, {@code external_id,name,use,capacity_pupils,capacity_children,capacity_beds},
 * into an {@link Institution} (its id and source set when written). The use is a facility's, not residential.
 */
final class InstitutionRows {

    static final Set<String> REQUIRED = Set.of("external_id", "name", "use");
    static final Set<String> OPTIONAL = Set.of("capacity_pupils", "capacity_children", "capacity_beds");
    static final int MAX_CAPACITY = 100_000;

    private InstitutionRows() {
    }

    static Optional<Institution> read(RowFields row) {
        String externalId = row.text("external_id", true, 128);
        String name = row.text("name", true, 300);
        BuildingUse use = row.choice("use", BuildingUse::parse, null, Codes.list(BuildingUse.class));
        if (use == BuildingUse.RESIDENTIAL) {
            row.error("use", "must be a facility's use, not residential");
        }
        Integer pupils = row.integer("capacity_pupils", false, 0, MAX_CAPACITY);
        Integer children = row.integer("capacity_children", false, 0, MAX_CAPACITY);
        Integer beds = row.integer("capacity_beds", false, 0, MAX_CAPACITY);
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Institution(0, null, externalId, name, use, pupils, children, beds));
    }
}
