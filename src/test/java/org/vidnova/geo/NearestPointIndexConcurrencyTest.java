package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.vidnova.geo.NearestPointIndex.Hit;
import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/** Readers query while a writer toggles and moves points: no exception, no torn state, and no stale closed point. */
class NearestPointIndexConcurrencyTest {

    private static final long TOGGLED = 1;
    private static final long MOVED = 2;
    private static final double LAT = 50.0;
    private static final double LON = 36.23;

    @Test
    void readersNeverSeeAClosedPointAfterItsUpsertReturned() throws Exception {
        Random random = new Random(3);
        List<IndexedPoint> points = new ArrayList<>();
        points.add(new IndexedPoint(TOGGLED, LAT, LON, true, false));
        points.add(new IndexedPoint(MOVED, LAT + 0.001, LON, true, true));
        // the others are closed, so that an open-only query finds just the two points under test
        for (long id = 10; id < 5000; id++) {
            points.add(new IndexedPoint(id, 49.88 + random.nextDouble() * 0.22, 36.10 + random.nextDouble() * 0.35,
                    random.nextBoolean(), false));
        }
        NearestPointIndex index = new NearestPointIndex(points);
        // even: the toggled point is closed and no upsert that opens it has begun; odd: it may be open
        AtomicLong phase = new AtomicLong();
        int writes = 5_000;

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> read(index, phase, writes)));
            }
            for (int i = 0; i < writes; i++) {
                phase.incrementAndGet();
                index.upsert(new IndexedPoint(TOGGLED, LAT, LON, true, true));
                // the moved point jumps between two cells far apart; a reader must see it exactly once
                double lat = i % 2 == 0 ? 50.09 : LAT + 0.001;
                index.upsert(new IndexedPoint(MOVED, lat, LON, true, true));
                index.upsert(new IndexedPoint(TOGGLED, LAT, LON, true, false));
                phase.incrementAndGet();
                LockSupport.parkNanos(20_000); // a settled moment for the readers to check
            }
            for (Future<Long> reader : readers) {
                assertThat(reader.get(2, TimeUnit.MINUTES)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.nearest(LAT, LON, 3, false, false)).extracting(Hit::id).doesNotContain(TOGGLED);
    }

    /** Queries until the writer is done; returns how many queries were checked against a settled phase. */
    private static long read(NearestPointIndex index, AtomicLong phase, int writes) {
        long settled = 0;
        while (phase.get() < 2L * writes) {
            long before = phase.get();
            List<Hit> hits = index.nearest(LAT, LON, 5, false, false);
            long after = phase.get();
            assertThat(hits).extracting(Hit::id).containsOnlyOnce(MOVED).isSubsetOf(MOVED, TOGGLED);
            List<Hit> busy = index.nearest(LAT, LON, 20, false, true);
            assertThat(busy).hasSize(20).extracting(Hit::id).doesNotHaveDuplicates();
            assertThat(busy).isSortedAccordingTo((a, b) -> Double.compare(a.distanceMeters(), b.distanceMeters()));
            if (before == after && before % 2 == 0) {
                assertThat(hits).extracting(Hit::id).doesNotContain(TOGGLED);
                settled++;
            }
        }
        return settled;
    }
}
