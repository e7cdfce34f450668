package org.vidnova.shelters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.vidnova.geo.NearestPointIndex;

/**
 * Answers "nearest open shelter" from memory: a spatial index of every shelter plus its details. The register
 * updates both after each committed change, in the same request, so a shelter closed a moment ago is never
 * offered.
 */
@Component
class NearestShelters {

    private final NearestPointIndex index = new NearestPointIndex();
    private final Map<Long, Shelter> details = new ConcurrentHashMap<>();
    /** Counts changes, so that derived results (coverage) know when to be recomputed. */
    private final AtomicLong version = new AtomicLong();

    void replaceAll(List<Shelter> shelters) {
        details.clear();
        List<NearestPointIndex.IndexedPoint> points = new ArrayList<>(shelters.size());
        for (Shelter s : shelters) {
            details.put(s.id(), s);
            points.add(point(s));
        }
        index.replaceAll(points);
        version.incrementAndGet();
    }

    void put(Shelter s) {
        // Details first: a query that finds the point must find its details.
        details.put(s.id(), s);
        index.upsert(point(s));
        version.incrementAndGet();
    }

    void remove(long id) {
        index.remove(id);
        details.remove(id);
        version.incrementAndGet();
    }

    long version() {
        return version.get();
    }

    /** Every shelter as last committed. */
    List<Shelter> all() {
        return List.copyOf(details.values());
    }

    /**
     * The nearest, leaving out the {@code hidden} kinds (the disclosure policy). The index knows no kinds, so when
     * some are hidden it is asked for more candidates, four times as many each round, until enough remain.
     */
    List<NearestShelter> nearest(double lat, double lon, int limit, boolean accessibleOnly, boolean includeClosed,
            java.util.Set<ShelterKind> hidden) {
        int asked = limit;
        while (true) {
            List<NearestPointIndex.Hit> hits = index.nearest(lat, lon, asked, accessibleOnly, includeClosed);
            List<NearestShelter> found = new ArrayList<>(limit);
            for (NearestPointIndex.Hit hit : hits) {
                Shelter s = details.get(hit.id());
                if (s != null && !hidden.contains(s.kind()) && found.size() < limit) {
                    found.add(NearestShelter.of(s, hit.distanceMeters()));
                }
            }
            if (found.size() >= limit || hits.size() < asked || hidden.isEmpty()) {
                return found;
            }
            asked = (int) Math.min(Integer.MAX_VALUE / 4, asked * 4L);
        }
    }

    int size() {
        return index.size();
    }

    private static NearestPointIndex.IndexedPoint point(Shelter s) {
        return new NearestPointIndex.IndexedPoint(s.id(), s.lat(), s.lon(), s.accessible(),
                s.status() == ShelterStatus.OPEN);
    }
}
