package org.vidnova.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/** Random shelters and query points in Kharkiv's bounding box, the same for every run (fixed seeds). */
final class ShelterData {

    static final double LAT_MIN = 49.88;
    static final double LAT_MAX = 50.10;
    static final double LON_MIN = 36.10;
    static final double LON_MAX = 36.45;

    private ShelterData() {
    }

    /** About 60% open and 30% accessible, independently. */
    static List<IndexedPoint> shelters(int count) {
        Random random = new Random(20220224L + count);
        List<IndexedPoint> shelters = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            shelters.add(new IndexedPoint(id, lat(random), lon(random), random.nextDouble() < 0.3,
                    random.nextDouble() < 0.6));
        }
        return shelters;
    }

    /** Query points as {lat, lon} pairs, uniform over the box. */
    static double[][] queries(int count) {
        Random random = new Random(1654L);
        double[][] queries = new double[count][];
        for (int i = 0; i < count; i++) {
            queries[i] = new double[] {lat(random), lon(random)};
        }
        return queries;
    }

    private static double lat(Random random) {
        return LAT_MIN + random.nextDouble() * (LAT_MAX - LAT_MIN);
    }

    private static double lon(Random random) {
        return LON_MIN + random.nextDouble() * (LON_MAX - LON_MIN);
    }
}
