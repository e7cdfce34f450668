package org.vidnova.geo;

import static org.vidnova.geo.GreatCircle.EARTH_RADIUS_METERS;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.vidnova.geo.NearestPointIndex.Hit;

/**
 * One k-nearest query over a {@link GridSnapshot}. It visits rings of cells outward from the query's cell and ranks
 * points by their chord to the query (a few multiplications on precomputed unit vectors, and in the same order as the
 * great-circle distance), keeping as candidates those within the k-th best chord plus a slack. It stops when a lower
 * bound on the distance of every unvisited cell exceeds the k-th best, looks at the points outside the grid, and
 * only then computes the haversine distance of the few candidates left and sorts them by (distance, id).
 * <p>
 * Exactness: the distances returned are {@link GreatCircle#haversineMeters}, the very computation of
 * {@link GreatCircle#distanceMeters}. A point is left out only when a lower bound of its true distance exceeds an
 * upper bound of the k-th best by more than {@link #SLACK_METERS}, far more than the rounding error of any of these
 * computations (nanometres at city scale, centimetres near the antipodes); so it is strictly farther than k
 * candidates and can neither enter the result nor win a tie.
 */
final class NearestSearch {

    static final double SLACK_METERS = 1.0;
    /** The slack as a chord on the unit sphere: a chord grows at most as fast as the arc over R. */
    private static final double SLACK_CHORD = SLACK_METERS / EARTH_RADIUS_METERS;

    private static final Comparator<Hit> BY_DISTANCE_THEN_ID =
            Comparator.comparingDouble(Hit::distanceMeters).thenComparingLong(Hit::id);

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
    private final int k;

    /** Max-heap of the k smallest squared chords seen so far, the largest at 0. */
    private final double[] best;
    private int bestCount;
    /** Squared chord beyond which a point cannot be among the k nearest; infinite until k points are seen. */
    private double cutoff2 = Double.POSITIVE_INFINITY;
    /** An upper bound in metres on the great-circle distance of the k-th best chord; infinite until k are seen. */
    private double kthUpperBound = Double.POSITIVE_INFINITY;

    /** Points that were within the cutoff when seen: squared chord, id, and phi, lambda, cos phi. */
    private double[] candidateChord2 = new double[8];
    private long[] candidateId = new long[8];
    private double[] candidateAngles = new double[24];
    private int candidates;

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
        this.k = k;
        this.best = new double[k];
    }

    List<Hit> run(GridSnapshot snapshot) {
        if (k == 0) {
            return List.of();
        }
        searchGrid(snapshot);
        scan(snapshot.outside);
        return nearestCandidates();
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
            if (bestCount == k) {
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
                if (bound - SLACK_METERS > kthUpperBound) {
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
        int end = cell.bound(to);
        double[] coords = cell.coords;
        for (int i = cell.bound(from); i < end; i++) {
            int o = i * PointCell.STRIDE;
            double dx = coords[o] - x;
            double dy = coords[o + 1] - y;
            double dz = coords[o + 2] - z;
            double chord2 = dx * dx + dy * dy + dz * dz;
            if (chord2 <= cutoff2) {
                keep(chord2, cell.ids[i], coords, o);
                rank(chord2);
            }
        }
    }

    private void keep(double chord2, long id, double[] coords, int offset) {
        if (candidates == candidateId.length) {
            candidateChord2 = Arrays.copyOf(candidateChord2, 2 * candidates);
            candidateId = Arrays.copyOf(candidateId, 2 * candidates);
            candidateAngles = Arrays.copyOf(candidateAngles, 6 * candidates);
        }
        candidateChord2[candidates] = chord2;
        candidateId[candidates] = id;
        System.arraycopy(coords, offset + 3, candidateAngles, 3 * candidates, 3);
        candidates++;
    }

    private void rank(double chord2) {
        if (bestCount < k) {
            int i = bestCount++;
            best[i] = chord2;
            while (i > 0 && best[(i - 1) >>> 1] < best[i]) {
                swap(i, (i - 1) >>> 1);
                i = (i - 1) >>> 1;
            }
        } else if (chord2 < best[0]) {
            best[0] = chord2;
            for (int i = 0, child; (child = 2 * i + 1) < k; i = child) {
                if (child + 1 < k && best[child + 1] > best[child]) {
                    child++;
                }
                if (best[child] <= best[i]) {
                    break;
                }
                swap(i, child);
            }
        } else {
            return;
        }
        if (bestCount == k) {
            double chord = Math.sqrt(best[0]);
            double cutoff = chord + SLACK_CHORD;
            cutoff2 = cutoff * cutoff;
            // arc = 2 asin(chord / 2) <= chord / sqrt(1 - chord² / 4), as asin(s) <= tan(asin(s))
            double cos2 = 1 - chord * chord / 4;
            kthUpperBound = cos2 > 0 ? EARTH_RADIUS_METERS * chord / Math.sqrt(cos2) : Double.POSITIVE_INFINITY;
        }
    }

    private void swap(int i, int j) {
        double t = best[i];
        best[i] = best[j];
        best[j] = t;
    }

    /** The haversine distances of the candidates still within the cutoff, the k nearest by (distance, id). */
    private List<Hit> nearestCandidates() {
        Hit[] hits = new Hit[candidates];
        int n = 0;
        for (int i = 0; i < candidates; i++) {
            if (candidateChord2[i] <= cutoff2) {
                int a = 3 * i;
                double d = GreatCircle.haversineMeters(phi, lambda, cosPhi, candidateAngles[a], candidateAngles[a + 1],
                        candidateAngles[a + 2]);
                hits[n++] = new Hit(candidateId[i], d);
            }
        }
        Arrays.sort(hits, 0, n, BY_DISTANCE_THEN_ID);
        return List.of(Arrays.copyOf(hits, Math.min(k, n)));
    }
}
