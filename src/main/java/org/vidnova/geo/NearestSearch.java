package org.vidnova.geo;

import static org.vidnova.geo.GreatCircle.EARTH_RADIUS_METERS;

import java.util.List;

import org.vidnova.geo.NearestPointIndex.Hit;

/**
 * One k-nearest query over a {@link GridSnapshot}: visits rings of cells outward from the query's cell, keeps the k
 * best (distance, id) in a max-heap, and stops when a lower bound on the distance of every unvisited cell exceeds
 * the k-th best. Then it looks at the points outside the grid.
 * <p>
 * Exactness: every distance kept is {@link GreatCircle#haversineMeters}, the very computation of
 * {@link GreatCircle#distanceMeters}. Points and cells are skipped only on lower bounds of the true distance minus
 * {@link #SLACK_METERS}, far more than the rounding error of any of these computations, so a skipped point is always
 * strictly farther than the k-th best and can neither enter the result nor win a tie.
 */
final class NearestSearch {

    /** Margin on every lower bound, in metres: covers rounding (nanometres at city scale, centimetres near antipodes). */
    static final double SLACK_METERS = 1.0;

    private final double lat;
    private final double lon;
    private final double phi;
    private final double lambda;
    private final double cosPhi;
    private final double x;
    private final double y;
    private final double z;
    private final int from;
    private final int to;

    // max-heap of the best hits so far, worst at 0, ordered by (distance, id)
    private final double[] heapDistance;
    private final long[] heapId;
    private int count;
    /** Squared chord (on the unit sphere) beyond which a point cannot beat the worst kept hit; infinite until full. */
    private double chordCutoff2 = Double.POSITIVE_INFINITY;

    NearestSearch(double lat, double lon, int k, boolean accessibleOnly, boolean includeClosed) {
        this.lat = lat;
        this.lon = lon;
        this.phi = Math.toRadians(lat);
        this.lambda = Math.toRadians(lon);
        this.cosPhi = Math.cos(phi);
        this.x = cosPhi * Math.cos(lambda);
        this.y = cosPhi * Math.sin(lambda);
        this.z = Math.sin(phi);
        if (accessibleOnly) {
            this.from = PointCell.OPEN_ACCESSIBLE_FROM;
            this.to = includeClosed ? PointCell.END : PointCell.CLOSED_ACCESSIBLE_FROM;
        } else {
            this.from = includeClosed ? PointCell.ALL_FROM : PointCell.OPEN_FROM;
            this.to = includeClosed ? PointCell.END : PointCell.CLOSED_ACCESSIBLE_FROM;
        }
        this.heapDistance = new double[k];
        this.heapId = new long[k];
    }

    List<Hit> run(GridSnapshot snapshot) {
        if (heapId.length > 0) {
            searchGrid(snapshot);
            scan(snapshot.outside);
        }
        return sortedHits();
    }

    private void searchGrid(GridSnapshot snapshot) {
        PointGrid grid = snapshot.grid;
        PointCell[][] cells = snapshot.cells;
        int rows = grid.rows;
        int cols = grid.cols;
        int r0 = grid.row(lat);
        int c0 = grid.col(lon);
        // every grid point is in the grid's latitude band: a bound for any side when the query is outside it
        double bandGap = Math.max(0, Math.max(grid.latMin - lat, lat - grid.latMax));
        double bandBound = EARTH_RADIUS_METERS * Math.toRadians(bandGap);
        for (int ring = 0;; ring++) {
            int top = r0 - ring;
            int bottom = r0 + ring;
            int left = Math.max(0, c0 - ring);
            int right = Math.min(cols - 1, c0 + ring);
            if (top >= 0) {
                scanRow(cells[top], left, right);
            }
            if (ring > 0 && bottom < rows) {
                scanRow(cells[bottom], left, right);
            }
            for (int r = Math.max(0, top + 1), last = Math.min(rows - 1, bottom - 1); r <= last; r++) {
                if (c0 - ring >= 0) {
                    scan(cells[r][c0 - ring]);
                }
                if (ring > 0 && c0 + ring < cols) {
                    scan(cells[r][c0 + ring]);
                }
            }
            boolean moreNorth = bottom < rows - 1;
            boolean moreSouth = top > 0;
            boolean moreEast = right < cols - 1;
            boolean moreWest = left > 0;
            if (!(moreNorth || moreSouth || moreEast || moreWest)) {
                return;
            }
            if (count == heapId.length) {
                double bound = Double.POSITIVE_INFINITY;
                if (moreNorth) {
                    bound = Math.min(bound, latitudeBound(grid.rowEdge(bottom + 1) - lat));
                }
                if (moreSouth) {
                    bound = Math.min(bound, latitudeBound(lat - grid.rowEdge(top)));
                }
                if (moreEast) {
                    bound = Math.min(bound, Math.max(bandBound,
                            longitudeBound(grid.colEdge(right + 1) - lon, grid.lonMax - lon)));
                }
                if (moreWest) {
                    bound = Math.min(bound, Math.max(bandBound,
                            longitudeBound(lon - grid.colEdge(left), lon - grid.lonMin)));
                }
                if (bound - SLACK_METERS > heapDistance[0]) {
                    return;
                }
            }
        }
    }

    /** A great-circle distance is at least the difference in latitude. */
    private static double latitudeBound(double gapDegrees) {
        return EARTH_RADIUS_METERS * Math.toRadians(Math.max(0, gapDegrees));
    }

    /**
     * A point whose longitude differs from the query's by d in [near, far] (far at most 90°) is at least as far as the
     * meridian great circle at d, asin(cos(phi) sin(d)) away; asin(s) >= s and sin(d) >= d - d³/6 make it cheap.
     */
    private double longitudeBound(double nearDegrees, double farDegrees) {
        if (farDegrees > 90) {
            return 0;
        }
        double d = Math.toRadians(Math.max(0, nearDegrees));
        return EARTH_RADIUS_METERS * cosPhi * (d - d * d * d / 6);
    }

    private void scanRow(PointCell[] row, int left, int right) {
        for (int c = left; c <= right; c++) {
            scan(row[c]);
        }
    }

    private void scan(PointCell cell) {
        int end = cell.bounds[to];
        double[] coords = cell.coords;
        for (int i = cell.bounds[from]; i < end; i++) {
            int o = i * PointCell.STRIDE;
            double dx = coords[o] - x;
            double dy = coords[o + 1] - y;
            double dz = coords[o + 2] - z;
            // the chord is never longer than the arc: a cheap lower bound that spares most haversines
            if (dx * dx + dy * dy + dz * dz > chordCutoff2) {
                continue;
            }
            double d = GreatCircle.haversineMeters(phi, lambda, cosPhi, coords[o + 3], coords[o + 4], coords[o + 5]);
            offer(d, cell.ids[i]);
        }
    }

    private void offer(double distance, long id) {
        int k = heapId.length;
        if (count < k) {
            int i = count++;
            heapDistance[i] = distance;
            heapId[i] = id;
            siftUp(i);
        } else if (worse(heapDistance[0], heapId[0], distance, id)) {
            heapDistance[0] = distance;
            heapId[0] = id;
            siftDown(0);
        } else {
            return;
        }
        if (count == k) {
            double chord = (heapDistance[0] + SLACK_METERS) / EARTH_RADIUS_METERS;
            chordCutoff2 = chord * chord;
        }
    }

    private static boolean worse(double d1, long id1, double d2, long id2) {
        return d1 > d2 || (d1 == d2 && id1 > id2);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(heapDistance[i], heapId[i], heapDistance[parent], heapId[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < count; child++) {
                if (worse(heapDistance[child], heapId[child], heapDistance[worst], heapId[worst])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        double d = heapDistance[i];
        heapDistance[i] = heapDistance[j];
        heapDistance[j] = d;
        long id = heapId[i];
        heapId[i] = heapId[j];
        heapId[j] = id;
    }

    private List<Hit> sortedHits() {
        Hit[] hits = new Hit[count];
        // popping the max-heap fills the result from its end
        while (count > 0) {
            hits[count - 1] = new Hit(heapId[0], heapDistance[0]);
            count--;
            swap(0, count);
            siftDown(0);
        }
        return List.of(hits);
    }
}
