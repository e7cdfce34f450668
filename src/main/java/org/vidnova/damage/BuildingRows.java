package org.vidnova.damage;

import java.time.Year;
import java.util.Optional;
import java.util.Set;

import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

/** Turns one buildings import row (a CSV line or a GeoJSON feature's properties) into a {@link BuildingDraft}. */
final class BuildingRows {

    static final Set<String> REQUIRED = Set.of("external_id", "lat", "lon");
    static final Set<String> OPTIONAL = Set.of("address", "use", "name", "floors", "housing_units", "residents",
            "year_built", "heritage", "heritage_ref", "institution");
    static final int MAX_UNITS = 10_000;

    private BuildingRows() {
    }

    /** The draft, or empty with the reasons left in {@code row}. A blank use is other; a blank heritage none. */
    static Optional<BuildingDraft> read(RowFields row) {
        String externalId = row.text("external_id", true, 128);
        String address = row.text("address", false, 300);
        Double lat = row.decimal("lat", true, -90, 90);
        Double lon = row.decimal("lon", true, -180, 180);
        String footprint = row.text("footprint", false, 1_000_000);
        BuildingUse use = row.choice("use", BuildingUse::parse, BuildingUse.OTHER, Codes.list(BuildingUse.class));
        String name = row.text("name", false, 300);
        Integer floors = row.integer("floors", false, 0, 200);
        Integer units = row.integer("housing_units", false, 0, MAX_UNITS);
        Integer residents = row.integer("residents", false, 0, 10 * MAX_UNITS);
        Integer yearBuilt = row.integer("year_built", false, 800, Year.now().getValue() + 10);
        Heritage heritage = row.choice("heritage", Heritage::parse, Heritage.NONE, Codes.list(Heritage.class));
        String heritageRef = row.text("heritage_ref", false, 200);
        String institution = row.text("institution", false, 128);
        if (heritageRef != null && heritage == Heritage.NONE) {
            row.error("heritage_ref", "is given for a building whose heritage is none");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new BuildingDraft(externalId, address, lat, lon, footprint, use, name, floors, units,
                residents, yearBuilt, heritage, heritageRef, institution));
    }
}
