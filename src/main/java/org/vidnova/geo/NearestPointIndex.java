package org.vidnova.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thread-safe in-memory index of points (shelters) answering "the k nearest open (and accessible) ones" by
 * great-circle distance. Plain Java, no Spring.
 * <p>
 * Answers are exactly those of a full scan that computes {@link GreatCircle#distanceMeters} from the query to every
 * matching point and sorts by (distance, id), wherever on Earth the query is. Queries take no lock: they read one
 * immutable {@link GridSnapshot}. Writers are serialised; a write copies only the touched rows of the grid and
 * publishes the new snapshot before it returns, so the next query sees it. {@link #replaceAll} rebuilds the grid,
 * and so does a write once the data has outgrown it.
 */
public final class NearestPointIndex {

    /** A point of the index: its status decides whether the filters of a query keep it. */
    public record IndexedPoint(long id, double lat, double lon, boolean accessible, boolean open) {

        public IndexedPoint {
            requireCoordinates(lat, lon);
        }
    }

    /** One answer: a point's id and its great-circle distance from the query, in metres. */
    public record Hit(long id, double distanceMeters) {
    }

    /** Rebuild when a write finds the grid this much bigger than when it was built, plus a constant for small sizes. */
    private static final int GROWTH_FACTOR = 2;
    private static final int GROWTH_ALLOWANCE = 64;

    private final Object writeLock = new Object();
    /** The current points by id; guarded by {@link #writeLock}. */
    private final Map<Long, IndexedPoint> byId = new HashMap<>();
    private volatile GridSnapshot snapshot = GridSnapshot.build(List.of());
    private int builtSize;
    private int builtOutside;

    public NearestPointIndex() {
    }

    public NearestPointIndex(Collection<IndexedPoint> points) {
        replaceAll(points);
    }

    /** Adds a point or replaces the one with its id; the next query sees it. */
    public void upsert(IndexedPoint point) {
        synchronized (writeLock) {
            IndexedPoint old = byId.put(point.id(), point);
            publish(snapshot.replacing(old, point));
        }
    }

    /** Removes the point with this id; false if there was none. */
    public boolean remove(long id) {
        synchronized (writeLock) {
            IndexedPoint old = byId.remove(id);
            if (old == null) {
                return false;
            }
            publish(snapshot.replacing(old, null));
            return true;
        }
    }

    /** Replaces all points (of equal ids, the last wins) and rebuilds the grid for them. */
    public void replaceAll(Collection<IndexedPoint> points) {
        synchronized (writeLock) {
            byId.clear();
            points.forEach(p -> byId.put(p.id(), p));
            rebuild();
        }
    }

    public int size() {
        return snapshot.size;
    }

    /**
     * The k points nearest to (lat, lon) by great-circle distance, nearest first, equal distances by id; fewer when
     * fewer match.
     *
     * @param accessibleOnly keep only accessible points
     * @param includeClosed  keep points that are not open too
     */
    public List<Hit> nearest(double lat, double lon, int k, boolean accessibleOnly, boolean includeClosed) {
        requireCoordinates(lat, lon);
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        GridSnapshot current = snapshot;
        return new NearestSearch(lat, lon, Math.min(k, current.size), accessibleOnly, includeClosed).run(current);
    }

    private void publish(GridSnapshot next) {
        // rebuild when points have been added far beyond the grid the index was built for, or outside it
        if (next.size > GROWTH_FACTOR * builtSize + GROWTH_ALLOWANCE
                || next.outside.size() > GROWTH_FACTOR * builtOutside + GROWTH_ALLOWANCE) {
            rebuild();
        } else {
            snapshot = next;
        }
    }

    private void rebuild() {
        GridSnapshot built = GridSnapshot.build(byId.values());
        builtSize = built.size;
        builtOutside = built.outside.size();
        snapshot = built;
    }

    private static void requireCoordinates(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a WGS84 coordinate: lat " + lat + ", lon " + lon);
        }
    }
}
