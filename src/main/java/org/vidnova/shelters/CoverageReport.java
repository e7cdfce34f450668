package org.vidnova.shelters;

import java.time.Instant;
import java.util.List;

/**
 * Shelter coverage per district: open shelters, their known capacity, places per 1,000 pre-war residents, and
 * the share of the district's area within {@code radiusMeters} (straight line) of an open shelter, on a grid of
 * {@code cellMeters}. Shelters of unknown capacity are counted but add no places. {@code hiddenKinds}: kinds of
 * shelter left out because the disclosure policy hides them from this caller (the coverage shown is then less
 * than the city has).
 */
record CoverageReport(double radiusMeters, double cellMeters, Instant computedAt, List<Row> districts, Row city,
        List<String> hiddenKinds) {

    record Row(String district, String nameUk, String nameEn, int openShelters, long capacity,
            int openSheltersWithUnknownCapacity, Integer population, Double capacityPer1000, double areaKm2,
            double coveredKm2, double coveredShare) {
    }
}
