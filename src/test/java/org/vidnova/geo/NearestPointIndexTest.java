package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vidnova.geo.NearestPointIndex.Hit;
import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/** The index against a brute-force scan (the definition of the answer) on random data with fixed seeds. */
class NearestPointIndexTest {

    // Kharkiv's bounding box
    private static final double LAT_MIN = 49.88;
    private static final double LAT_MAX = 50.10;
    private static final double LON_MIN = 36.10;
    private static final double LON_MAX = 36.45;

    /** Keeps the points by id beside the index, and checks each query against a full scan of them. */
    private static final class Checked {
        final NearestPointIndex index = new NearestPointIndex();
        final Map<Long, IndexedPoint> points = new HashMap<>();
        int queries;

        void replaceAll(List<IndexedPoint> all) {
            points.clear();
            all.forEach(p -> points.put(p.id(), p));
            index.replaceAll(all);
        }

        void upsert(IndexedPoint p) {
            points.put(p.id(), p);
            index.upsert(p);
        }

        void remove(long id) {
            assertThat(index.remove(id)).isEqualTo(points.remove(id) != null);
        }

        void check(double lat, double lon, int k, boolean accessibleOnly, boolean includeClosed) {
            List<Hit> expected = bruteForce(points.values(), lat, lon, k, accessibleOnly, includeClosed);
            assertThat(index.nearest(lat, lon, k, accessibleOnly, includeClosed))
                    .as("k=%d accessibleOnly=%s includeClosed=%s at %s, %s", k, accessibleOnly, includeClosed, lat, lon)
                    .containsExactlyElementsOf(expected);
            assertThat(index.size()).isEqualTo(points.size());
            queries++;
        }

        /** A query with k in 1..60 and a random filter (all four combinations come up). */
        void checkRandom(Random random, double lat, double lon) {
            check(lat, lon, 1 + random.nextInt(60), random.nextBoolean(), random.nextBoolean());
        }
    }

    static List<Hit> bruteForce(Iterable<IndexedPoint> points, double lat, double lon, int k, boolean accessibleOnly,
            boolean includeClosed) {
        List<Hit> all = new ArrayList<>();
        for (IndexedPoint p : points) {
            if ((includeClosed || p.open()) && (!accessibleOnly || p.accessible())) {
                all.add(new Hit(p.id(), GreatCircle.distanceMeters(lat, lon, p.lat(), p.lon())));
            }
        }
        all.sort(Comparator.comparingDouble(Hit::distanceMeters).thenComparingLong(Hit::id));
        return all.subList(0, Math.min(k, all.size()));
    }

    private static IndexedPoint cityPoint(Random random, long id) {
        return new IndexedPoint(id, uniform(random, LAT_MIN, LAT_MAX), uniform(random, LON_MIN, LON_MAX),
                random.nextDouble() < 0.3, random.nextDouble() < 0.6);
    }

    /** Uniform over the sphere, the poles and the antimeridian included. */
    private static IndexedPoint anywhere(Random random, long id) {
        return new IndexedPoint(id, Math.toDegrees(Math.asin(uniform(random, -1, 1))), uniform(random, -180, 180),
                random.nextBoolean(), random.nextBoolean());
    }

    private static double uniform(Random random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private static List<IndexedPoint> cityPoints(Random random, int n) {
        List<IndexedPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(cityPoint(random, random.nextInt(1_000_000)));
        }
        return points;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void matchesBruteForceOnCityData(long seed) {
        Random random = new Random(seed);
        Checked checked = new Checked();
        checked.replaceAll(cityPoints(random, 3000));
        for (int q = 0; q < 2000; q++) {
            // the city and a margin of about 10 km around it
            checked.checkRandom(random, uniform(random, LAT_MIN - 0.1, LAT_MAX + 0.1),
                    uniform(random, LON_MIN - 0.15, LON_MAX + 0.15));
        }
        for (boolean accessibleOnly : new boolean[] {false, true}) {
            for (boolean includeClosed : new boolean[] {false, true}) {
                for (int k = 1; k <= 60; k++) {
                    checked.check(uniform(random, LAT_MIN, LAT_MAX), uniform(random, LON_MIN, LON_MAX), k,
                            accessibleOnly, includeClosed);
                }
            }
        }
        assertThat(checked.queries).isEqualTo(2240);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2000})
    void matchesBruteForceThroughUpsertsRemovalsAndStatusChanges(int initialPoints) {
        Random random = new Random(42 + initialPoints);
        Checked checked = new Checked();
        checked.replaceAll(cityPoints(random, initialPoints));
        for (int step = 0; step < 3000; step++) {
            List<Long> ids = new ArrayList<>(checked.points.keySet());
            long someId = ids.isEmpty() ? 0 : ids.get(random.nextInt(ids.size()));
            IndexedPoint some = checked.points.get(someId);
            int op = random.nextInt(10);
            if (op < 4 || some == null) {
                checked.upsert(cityPoint(random, 1_000_000 + step));
            } else if (op < 6) {
                checked.upsert(new IndexedPoint(someId, some.lat(), some.lon(), random.nextBoolean(), !some.open()));
            } else if (op < 8) {
                checked.upsert(cityPoint(random, someId)); // moves it, most likely to another cell
            } else if (op < 9) {
                checked.remove(someId);
            } else {
                checked.remove(-1 - step); // not there
            }
            checked.checkRandom(random, uniform(random, LAT_MIN, LAT_MAX), uniform(random, LON_MIN, LON_MAX));
        }
    }

    @Test
    void breaksTiesByIdOnDuplicateCoordinates() {
        Random random = new Random(7);
        double[][] places = new double[25][];
        for (int i = 0; i < places.length; i++) {
            places[i] = new double[] {uniform(random, LAT_MIN, LAT_MAX), uniform(random, LON_MIN, LON_MAX)};
        }
        List<IndexedPoint> points = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double[] place = places[random.nextInt(places.length)];
            points.add(new IndexedPoint(random.nextInt(100_000), place[0], place[1], random.nextBoolean(),
                    random.nextBoolean()));
        }
        Checked checked = new Checked();
        checked.replaceAll(points);
        for (int q = 0; q < 1000; q++) {
            double[] at = places[random.nextInt(places.length)];
            // on the shared places themselves (distance 0) and near them
            double lat = q % 2 == 0 ? at[0] : at[0] + uniform(random, -0.01, 0.01);
            double lon = q % 2 == 0 ? at[1] : at[1] + uniform(random, -0.01, 0.01);
            checked.checkRandom(random, lat, lon);
        }
    }

    @Test
    void isExactForPointsAndQueriesAnywhereOnEarth() {
        Random random = new Random(11);
        List<IndexedPoint> points = cityPoints(random, 2000);
        for (int i = 0; i < 100; i++) {
            points.add(anywhere(random, 2_000_000 + i));
        }
        Checked checked = new Checked();
        checked.replaceAll(points);
        for (int q = 0; q < 1500; q++) {
            IndexedPoint at = anywhere(random, 0);
            checked.checkRandom(random, at.lat(), at.lon());
        }
        // the poles, the antimeridian, and the antipode of Kharkiv
        double[][] corners = {{90, 0}, {-90, 0}, {0, 180}, {0, -180}, {50, 180}, {-50, -143.8}, {-49.99, -143.77}};
        for (double[] at : corners) {
            for (int k : new int[] {1, 3, 60, 5000}) {
                checked.check(at[0], at[1], k, false, true);
                checked.check(at[0], at[1], k, true, false);
            }
        }
        // far-away points moved in one by one, then the city emptied
        for (int i = 0; i < 300; i++) {
            checked.upsert(anywhere(random, 3_000_000 + i));
            checked.checkRandom(random, uniform(random, LAT_MIN, LAT_MAX), uniform(random, LON_MIN, LON_MAX));
        }
        for (IndexedPoint p : points) {
            checked.remove(p.id());
        }
        for (int q = 0; q < 300; q++) {
            IndexedPoint at = q % 2 == 0 ? anywhere(random, 0) : cityPoint(random, 0);
            checked.checkRandom(random, at.lat(), at.lon());
        }
    }

    @Test
    void givesAllMatchesWhenKExceedsThem() {
        Random random = new Random(5);
        Checked checked = new Checked();
        checked.replaceAll(cityPoints(random, 50));
        for (int k : new int[] {49, 50, 51, 1000, Integer.MAX_VALUE}) {
            checked.check(50, 36.2, k, false, true);
            checked.check(50, 36.2, k, true, false);
        }
        assertThat(checked.index.nearest(50, 36.2, 1000, false, true)).hasSize(checked.points.size());
        assertThat(checked.index.nearest(50, 36.2, 0, false, true)).isEmpty();
    }

    @Test
    void emptyIndexAnswersNothing() {
        NearestPointIndex index = new NearestPointIndex();
        assertThat(index.size()).isZero();
        assertThat(index.nearest(50, 36.2, 3, true, false)).isEmpty();
        assertThat(index.nearest(-90, 180, 100, false, true)).isEmpty();
        assertThat(index.remove(1)).isFalse();

        index.upsert(new IndexedPoint(1, 50, 36.2, false, true));
        index.remove(1);
        assertThat(index.nearest(50, 36.2, 3, false, true)).isEmpty();
        index.replaceAll(List.of());
        assertThat(index.nearest(50, 36.2, 3, false, true)).isEmpty();
    }

    @Test
    void replaceAllKeepsTheLastOfEqualIds() {
        NearestPointIndex index = new NearestPointIndex(List.of(new IndexedPoint(9, 50, 36.2, true, true)));
        index.replaceAll(List.of(new IndexedPoint(1, 50, 36.2, true, true), new IndexedPoint(2, 50.01, 36.2, true, true),
                new IndexedPoint(1, 50.02, 36.2, true, true)));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.nearest(50, 36.2, 5, false, true)).extracting(Hit::id).containsExactly(2L, 1L);
    }

    @Test
    void refusesWhatIsNotACoordinate() {
        NearestPointIndex index = new NearestPointIndex();
        assertThatThrownBy(() -> index.nearest(Double.NaN, 36.2, 3, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.nearest(50, 181, 3, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.nearest(50, 36.2, -1, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexedPoint(1, 91, 0, true, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
