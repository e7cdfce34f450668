package org.vidnova.geo;

import java.util.Collection;

import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/**
 * The geometry of a uniform grid over an equirectangular projection of the data's area: cells of equal size in
 * degrees, roughly square on the ground at the middle latitude. Immutable; chosen again only on a rebuild.
 */
final class PointGrid {

    static final double METERS_PER_DEGREE = GreatCircle.EARTH_RADIUS_METERS * Math.PI / 180;

    /** Points per cell aimed at: fewer means more cells to visit, more means more points to look at. */
    private static final double POINTS_PER_CELL = 4;
    private static final double MIN_CELL_METERS = 25;
    private static final long MAX_CELLS = 1 << 20;

    final double latMin;
    final double latMax;
    final double lonMin;
    final double lonMax;
    final double cellLat;
    final double cellLon;
    final int rows;
    final int cols;

    private PointGrid(double latMin, double latMax, double lonMin, double lonMax, double cellMeters) {
        this.latMin = latMin;
        this.latMax = latMax;
        this.lonMin = lonMin;
        this.lonMax = lonMax;
        double cosMid = Math.max(0.01, Math.cos(Math.toRadians((latMin + latMax) / 2)));
        double size = cellMeters;
        while (true) {
            double dLat = size / METERS_PER_DEGREE;
            double dLon = Math.min(360, dLat / cosMid);
            long r = (long) ((latMax - latMin) / dLat) + 1;
            long c = (long) ((lonMax - lonMin) / dLon) + 1;
            if (r * c <= MAX_CELLS) {
                this.cellLat = dLat;
                this.cellLon = dLon;
                this.rows = (int) r;
                this.cols = (int) c;
                return;
            }
            size *= Math.sqrt((double) (r * c) / MAX_CELLS) * 1.01;
        }
    }

    /**
     * A grid over the points' bounding box, leaving out far outliers (a shelter on another continent must not
     * stretch a city's grid): the box is that of the points within twice the spread of the 5th to 95th percentiles.
     */
    static PointGrid covering(Collection<IndexedPoint> points) {
        if (points.isEmpty()) {
            return new PointGrid(0, 0, 0, 0, MIN_CELL_METERS);
        }
        double[] lats = points.stream().mapToDouble(IndexedPoint::lat).sorted().toArray();
        double[] lons = points.stream().mapToDouble(IndexedPoint::lon).sorted().toArray();
        double[] latRange = robustRange(lats);
        double[] lonRange = robustRange(lons);
        double latMin = Double.MAX_VALUE;
        double latMax = -Double.MAX_VALUE;
        double lonMin = Double.MAX_VALUE;
        double lonMax = -Double.MAX_VALUE;
        int core = 0;
        for (IndexedPoint p : points) {
            if (p.lat() >= latRange[0] && p.lat() <= latRange[1] && p.lon() >= lonRange[0] && p.lon() <= lonRange[1]) {
                latMin = Math.min(latMin, p.lat());
                latMax = Math.max(latMax, p.lat());
                lonMin = Math.min(lonMin, p.lon());
                lonMax = Math.max(lonMax, p.lon());
                core++;
            }
        }
        double cosMid = Math.cos(Math.toRadians((latMin + latMax) / 2));
        double height = Math.max(MIN_CELL_METERS, (latMax - latMin) * METERS_PER_DEGREE);
        double width = Math.max(MIN_CELL_METERS, (lonMax - lonMin) * METERS_PER_DEGREE * cosMid);
        double cellMeters = Math.max(MIN_CELL_METERS, Math.sqrt(height * width * POINTS_PER_CELL / core));
        return new PointGrid(latMin, latMax, lonMin, lonMax, cellMeters);
    }

    private static double[] robustRange(double[] sorted) {
        double low = sorted[(int) Math.floor(0.05 * (sorted.length - 1))];
        double high = sorted[(int) Math.ceil(0.95 * (sorted.length - 1))];
        double spread = Math.max(high - low, 0.01);
        return new double[] {low - 2 * spread, high + 2 * spread};
    }

    boolean contains(double lat, double lon) {
        return lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax;
    }

    /** The row of a latitude, clamped to the grid (so a query outside starts from the nearest edge). */
    int row(double lat) {
        return clamp(Math.floor((lat - latMin) / cellLat), rows);
    }

    int col(double lon) {
        return clamp(Math.floor((lon - lonMin) / cellLon), cols);
    }

    /** The southern edge of a row (the northern edge of the one before). */
    double rowEdge(int row) {
        return latMin + row * cellLat;
    }

    double colEdge(int col) {
        return lonMin + col * cellLon;
    }

    private static int clamp(double index, int count) {
        return (int) Math.max(0, Math.min(count - 1, index));
    }
}
