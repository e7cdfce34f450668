package org.vidnova.geo;

import java.util.List;

import org.locationtech.jts.io.geojson.GeoJsonWriter;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * The outcome of {@link CoverageGrid#compute}: per district (in key order) its cells and covered cells, and the
 * uncovered cells merged into rectangles (grouped by district in key order).
 */
public record CoverageResult(double cellMeters, double radiusMeters, List<DistrictCoverage> districts,
        List<UncoveredArea> uncovered) {

    public CoverageResult {
        districts = List.copyOf(districts);
        uncovered = List.copyOf(uncovered);
    }

    /** Covered cells over all cells of all districts, in [0, 1]; 0 when there are no cells. */
    public double coveredShare() {
        long cells = districts.stream().mapToLong(DistrictCoverage::cells).sum();
        long covered = districts.stream().mapToLong(DistrictCoverage::coveredCells).sum();
        return cells == 0 ? 0 : (double) covered / cells;
    }

    /**
     * The uncovered areas as an RFC 7946 FeatureCollection: one Polygon feature per rectangle, exterior rings
     * counter-clockwise, lon/lat rounded to 6 decimals (~0.1 m), with the property {@code district}.
     */
    public String toGeoJson() {
        GeoJsonWriter geometry = new GeoJsonWriter(6);
        geometry.setEncodeCRS(false);
        geometry.setForceCCW(true);
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        StringBuilder out = new StringBuilder(64 + 200 * uncovered.size()).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < uncovered.size(); i++) {
            UncoveredArea area = uncovered.get(i);
            out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"district\":\"");
            quote.quoteAsString(area.district(), out);
            out.append("\"},\"geometry\":").append(geometry.write(area.area())).append('}');
        }
        return out.append("]}").toString();
    }
}
