package org.vidnova.geo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Marks, row by row, the grid cells whose centre is within the radius of at least one point. On a sphere the
 * part of a parallel within a distance of a point is one interval of longitude, found in closed form and then
 * checked at both ends with the haversine distance itself, so a cell is marked exactly when that distance to
 * some point is ≤ radius. Only the points whose latitude is within reach of the row are looked at.
 */
final class Discs {

    private final double[] lats; // sorted ascending
    private final double[] lons;
    private final double radiusMeters;
    private final double reachDegrees; // of latitude
    private final double havAngle; // haversine of the radius as an angle at the centre of the sphere

    Discs(List<LatLon> points, double radiusMeters) {
        LatLon[] sorted = points.toArray(LatLon[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(LatLon::lat));
        this.lats = Arrays.stream(sorted).mapToDouble(LatLon::lat).toArray();
        this.lons = Arrays.stream(sorted).mapToDouble(LatLon::lon).toArray();
        this.radiusMeters = radiusMeters;
        double angle = radiusMeters / GreatCircle.EARTH_RADIUS_METERS;
        this.reachDegrees = Math.toDegrees(angle) + 1e-9;
        this.havAngle = hav(angle);
    }

    /** Sets {@code covered[col]} for the row's cells within reach; does not clear it first. */
    void mark(Grid grid, int row, boolean[] covered) {
        double lat = grid.centreLat(row);
        double cosLat = Math.cos(Math.toRadians(lat));
        int from = lowerBound(lat - reachDegrees);
        for (int p = from; p < lats.length && lats[p] <= lat + reachDegrees; p++) {
            // hav(d) = hav(Δφ) + cos φ₁ cos φ₂ hav(Δλ): solve for the widest Δλ with d ≤ radius.
            double s = (havAngle - hav(Math.toRadians(lats[p] - lat))) / (cosLat * Math.cos(Math.toRadians(lats[p])));
            if (s < -1e-12) {
                continue;
            }
            double halfWidth = s >= 1 ? 180 : Math.toDegrees(2 * Math.asin(Math.sqrt(Math.max(0, s))));
            int first = grid.firstColFrom(lons[p] - halfWidth, lat);
            int last = grid.lastColTo(lons[p] + halfWidth, lat);
            // Settle both ends by the distance itself; between them the interval holds every centre.
            while (first > 0 && within(grid, first - 1, row, p)) {
                first--;
            }
            while (last < grid.cols() - 1 && within(grid, last + 1, row, p)) {
                last++;
            }
            while (first <= last && !within(grid, first, row, p)) {
                first++;
            }
            while (last >= first && !within(grid, last, row, p)) {
                last--;
            }
            if (first <= last) {
                Arrays.fill(covered, first, last + 1, true);
            }
        }
    }

    private boolean within(Grid grid, int col, int row, int p) {
        return GreatCircle.distanceMeters(grid.centreLat(row), grid.centreLon(col, row), lats[p], lons[p]) <= radiusMeters;
    }

    private int lowerBound(double lat) {
        int i = Arrays.binarySearch(lats, lat);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && lats[i - 1] == lat) {
            i--;
        }
        return i;
    }

    private static double hav(double angle) {
        double s = Math.sin(angle / 2);
        return s * s;
    }
}
