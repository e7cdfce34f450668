package org.vidnova.geo;

import java.util.Arrays;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Finds, row by row, the grid cells whose centre lies in one district. A row is a parallel, so its cells inside
 * the polygon are those between pairs of crossings of that parallel with the polygon's rings (even–odd rule
 * over the lon/lat edges, exact for valid polygons). Centres within {@link #EPS} of the boundary are left to
 * JTS {@code covers}, so that a centre on a border counts exactly as {@link DistrictIndex} would count it.
 * Holds scratch buffers: one instance per computation, not shared between threads.
 */
final class DistrictScan {

    /** Degrees (~0.1 mm): far above rounding in the crossing arithmetic, far below a cell. */
    private static final double EPS = 1e-9;

    private final PreparedGeometry prepared;
    private final GeometryFactory factory;
    private final double[] edges; // lon1, lat1, lon2, lat2 per edge of every ring
    private final double minLat;
    private final double maxLat;
    private double[] crossings = new double[16];
    private double[] nearBorder = new double[16]; // lon ranges (pairs) to decide with covers

    DistrictScan(Geometry lonLat) {
        this.prepared = PreparedGeometryFactory.prepare(lonLat);
        this.factory = lonLat.getFactory();
        int count = 0;
        double[] e = new double[4 * lonLat.getNumPoints()];
        for (Object p : PolygonExtracter.getPolygons(lonLat)) {
            Polygon polygon = (Polygon) p;
            count = addRing(polygon.getExteriorRing(), e, count);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                count = addRing(polygon.getInteriorRingN(h), e, count);
            }
        }
        this.edges = Arrays.copyOf(e, count);
        this.minLat = lonLat.isEmpty() ? Double.NaN : lonLat.getEnvelopeInternal().getMinY();
        this.maxLat = lonLat.isEmpty() ? Double.NaN : lonLat.getEnvelopeInternal().getMaxY();
    }

    private static int addRing(LineString ring, double[] e, int count) {
        Coordinate[] c = ring.getCoordinates();
        for (int k = 0; k + 1 < c.length; k++) {
            e[count++] = c[k].x;
            e[count++] = c[k].y;
            e[count++] = c[k + 1].x;
            e[count++] = c[k + 1].y;
        }
        return count;
    }

    /**
     * Gives {@code id} to every still unowned cell ({@code owner[col] < 0}) of the row whose centre the district
     * covers. {@code mark} is scratch of grid width; {@code stamp} must differ from every earlier call's.
     */
    void claim(Grid grid, int row, int id, int[] owner, int[] mark, int stamp) {
        double lat = grid.centreLat(row);
        if (!(lat >= minLat - EPS && lat <= maxLat + EPS)) {
            return;
        }
        int nCrossings = 0;
        int nNear = 0;
        for (int k = 0; k < edges.length; k += 4) {
            double lon1 = edges[k];
            double lat1 = edges[k + 1];
            double lon2 = edges[k + 2];
            double lat2 = edges[k + 3];
            if (Math.min(lat1, lat2) > lat + EPS || Math.max(lat1, lat2) < lat - EPS) {
                continue;
            }
            if ((lat1 <= lat) != (lat2 <= lat)) { // half-open, so a vertex on the parallel counts once
                crossings = grow(crossings, nCrossings + 1);
                crossings[nCrossings++] = lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1);
            }
            // The part of the edge within EPS of the parallel: centres beside it are too close to call.
            double t1 = lat1 == lat2 ? 0 : clamp((lat - EPS - lat1) / (lat2 - lat1));
            double t2 = lat1 == lat2 ? 1 : clamp((lat + EPS - lat1) / (lat2 - lat1));
            double a = lon1 + t1 * (lon2 - lon1);
            double b = lon1 + t2 * (lon2 - lon1);
            nearBorder = grow(nearBorder, nNear + 2);
            nearBorder[nNear++] = Math.min(a, b) - EPS;
            nearBorder[nNear++] = Math.max(a, b) + EPS;
        }
        for (int k = 0; k < nNear; k += 2) {
            int last = grid.lastColTo(nearBorder[k + 1], lat);
            for (int col = grid.firstColFrom(nearBorder[k], lat); col <= last; col++) {
                mark[col] = stamp;
            }
        }
        Arrays.sort(crossings, 0, nCrossings);
        for (int k = 0; k + 1 < nCrossings; k += 2) {
            int last = grid.lastColTo(crossings[k + 1], lat);
            for (int col = grid.firstColFrom(crossings[k], lat); col <= last; col++) {
                if (owner[col] < 0 && mark[col] != stamp) {
                    owner[col] = id;
                }
            }
        }
        for (int k = 0; k < nNear; k += 2) {
            int last = grid.lastColTo(nearBorder[k + 1], lat);
            for (int col = grid.firstColFrom(nearBorder[k], lat); col <= last; col++) {
                if (owner[col] < 0 && prepared.covers(factory.createPoint(new Coordinate(grid.centreLon(col, row), lat)))) {
                    owner[col] = id;
                }
            }
        }
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }

    private static double[] grow(double[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
    }
}
