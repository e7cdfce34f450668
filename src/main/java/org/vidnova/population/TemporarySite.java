package org.vidnova.population;

/**
 * A temporary housing site with its places, and how many of them placed households fill ({@code occupied}: the
 * people of the households placed there now). Public: no household is named.
 */
record TemporarySite(long id, String kind, String name, String districtCode, int places, boolean accessible,
        Double lat, Double lon, int occupied) {

    @com.fasterxml.jackson.annotation.JsonProperty("free")
    public int free() {
        return Math.max(0, places - occupied);
    }
}
