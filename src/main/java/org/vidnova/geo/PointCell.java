package org.vidnova.geo;

import java.util.Arrays;
import java.util.Comparator;

import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/**
 * An immutable group of points (one grid cell, or the points outside the grid). A change makes a new cell, so a
 * reader that holds one never sees it change.
 * <p>
 * The points are ordered closed-and-not-accessible, open-and-not-accessible, open-and-accessible,
 * closed-and-accessible: in that order every filter (open only, accessible only, both, none) selects one
 * contiguous range, so a query skips the others without looking at them.
 */
final class PointCell {

    /** Values per point in {@link #coords}: unit vector x, y, z (to rank by chord), then phi, lambda, cos phi. */
    static final int STRIDE = 6;

    /** Names of the range limits for {@link #bound}: a filter reads points [bound(from), bound(to)). */
    static final int ALL_FROM = 0;
    static final int OPEN_FROM = 1;
    static final int OPEN_ACCESSIBLE_FROM = 2;
    static final int CLOSED_ACCESSIBLE_FROM = 3;
    static final int END = 4;

    static final PointCell EMPTY = new PointCell(new IndexedPoint[0]);

    private static final Comparator<IndexedPoint> BY_STATUS = Comparator.comparingInt(PointCell::statusRank);

    final IndexedPoint[] points;
    final long[] ids;
    final double[] coords;
    // the limits as fields rather than an array: one memory load less for each cell a query visits
    private final int openFrom;
    private final int openAccessibleFrom;
    private final int closedAccessibleFrom;

    private PointCell(IndexedPoint[] sorted) {
        this.points = sorted;
        int n = sorted.length;
        this.ids = new long[n];
        this.coords = new double[n * STRIDE];
        int[] firstOfRank = {n, n, n, n};
        for (int i = n - 1; i >= 0; i--) {
            IndexedPoint p = sorted[i];
            ids[i] = p.id();
            firstOfRank[statusRank(p)] = i;
            double phi = Math.toRadians(p.lat());
            double lambda = Math.toRadians(p.lon());
            double cosPhi = Math.cos(phi);
            int o = i * STRIDE;
            coords[o] = cosPhi * Math.cos(lambda);
            coords[o + 1] = cosPhi * Math.sin(lambda);
            coords[o + 2] = Math.sin(phi);
            coords[o + 3] = phi;
            coords[o + 4] = lambda;
            coords[o + 5] = cosPhi;
        }
        // a rank with no points starts where the next one does
        for (int r = 2; r >= 0; r--) {
            firstOfRank[r] = Math.min(firstOfRank[r], firstOfRank[r + 1]);
        }
        this.openFrom = firstOfRank[1];
        this.openAccessibleFrom = firstOfRank[2];
        this.closedAccessibleFrom = firstOfRank[3];
    }

    static PointCell of(IndexedPoint[] points) {
        if (points.length == 0) {
            return EMPTY;
        }
        IndexedPoint[] sorted = points.clone();
        Arrays.sort(sorted, BY_STATUS);
        return new PointCell(sorted);
    }

    int bound(int which) {
        switch (which) {
            case ALL_FROM:
                return 0;
            case OPEN_FROM:
                return openFrom;
            case OPEN_ACCESSIBLE_FROM:
                return openAccessibleFrom;
            case CLOSED_ACCESSIBLE_FROM:
                return closedAccessibleFrom;
            default:
                return ids.length;
        }
    }

    int size() {
        return points.length;
    }

    PointCell with(IndexedPoint point) {
        IndexedPoint[] more = Arrays.copyOf(points, points.length + 1);
        more[points.length] = point;
        return of(more);
    }

    PointCell without(long id) {
        return of(Arrays.stream(points).filter(p -> p.id() != id).toArray(IndexedPoint[]::new));
    }

    private static int statusRank(IndexedPoint p) {
        if (p.accessible()) {
            return p.open() ? 2 : 3;
        }
        return p.open() ? 1 : 0;
    }
}
