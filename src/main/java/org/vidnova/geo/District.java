package org.vidnova.geo;

/**
 * A city district. {@code code} is the KATOTTH code, e.g. {@code UA63120270010315719} (Saltivskyi).
 * {@code population} is the pre-war resident count; {@code areaKm2} is computed from the boundary.
 */
public record District(String code, String nameUk, String nameEn, String nameRu, String oldNameUk,
        String oldNameRu, Integer population, double areaKm2) {
}
