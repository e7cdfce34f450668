package org.vidnova.damage;

import java.util.Optional;

import org.vidnova.web.Codes;

/**
 * What a building is used for. Every use but {@code residential} is a facility in the indicators; a facility of
 * several buildings is grouped by its institution.
 */
public enum BuildingUse {
    RESIDENTIAL, SCHOOL, KINDERGARTEN, MEDICAL, PERINATAL, CULTURE, ADMINISTRATIVE, INDUSTRIAL, OTHER;

    public String code() {
        return Codes.of(this);
    }

    public boolean facility() {
        return this != RESIDENTIAL;
    }

    static Optional<BuildingUse> parse(String code) {
        return Codes.parse(BuildingUse.class, code);
    }
}
