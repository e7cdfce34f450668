package org.vidnova.geo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Geometry;

/** Brute force for tests: every cell centre located with DistrictIndex and measured to every point. */
final class CoverageOracle {

    private CoverageOracle() {
    }

    /** District key → {cells, covered cells}, over the same grid as CoverageGrid uses. */
    static Map<String, List<Integer>> count(Map<String, Geometry> districts, List<LatLon> points, double cell,
            double radius) {
        Grid grid = Grid.covering(districts.values(), cell);
        DistrictIndex index = new DistrictIndex(districts);
        Map<String, int[]> counts = new TreeMap<>();
        districts.keySet().forEach(key -> counts.put(key, new int[2]));
        for (int row = 0; row < grid.rows(); row++) {
            double lat = grid.centreLat(row);
            for (int col = 0; col < grid.cols(); col++) {
                double lon = grid.centreLon(col, row);
                index.locate(lat, lon).ifPresent(key -> {
                    int[] c = counts.get(key);
                    c[0]++;
                    c[1] += points.stream().anyMatch(p -> haversine(lat, lon, p) <= radius) ? 1 : 0;
                });
            }
        }
        Map<String, List<Integer>> result = new TreeMap<>();
        counts.forEach((key, c) -> result.put(key, List.of(c[0], c[1])));
        return result;
    }

    /** Written out again rather than calling the code under test. */
    private static double haversine(double lat, double lon, LatLon p) {
        double dPhi = Math.toRadians(p.lat() - lat);
        double dLambda = Math.toRadians(p.lon() - lon);
        double h = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(p.lat())) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The same counts from a computed result, for comparison. */
    static Map<String, List<Integer>> of(CoverageResult result) {
        Map<String, List<Integer>> counts = new TreeMap<>();
        result.districts().forEach(d -> counts.put(d.key(), List.of(d.cells(), d.coveredCells())));
        return counts;
    }
}
