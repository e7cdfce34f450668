package org.vidnova.geo;

/** A metro station (all 30 served as mass shelters in 2022). {@code districtCode} is computed by locate. */
public record MetroStation(String id, String slug, String lineCode, String lineNameUk, String lineNameEn,
        String lineColour, int orderOnLine, String nameUk, String nameEn, String formerNameUk, double lat,
        double lon, String districtCode) {
}
