package org.vidnova.bench;

import java.util.ArrayList;
import java.util.List;

import org.vidnova.geo.GreatCircle;
import org.vidnova.geo.NearestPointIndex.Hit;
import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/** The baseline: a scan over flat arrays of all shelters, keeping the k best in a sorted array. */
final class BruteForceNearest {

    private final long[] ids;
    private final double[] lats;
    private final double[] lons;
    private final boolean[] accessible;
    private final boolean[] open;

    BruteForceNearest(List<IndexedPoint> shelters) {
        int n = shelters.size();
        ids = new long[n];
        lats = new double[n];
        lons = new double[n];
        accessible = new boolean[n];
        open = new boolean[n];
        for (int i = 0; i < n; i++) {
            IndexedPoint p = shelters.get(i);
            ids[i] = p.id();
            lats[i] = p.lat();
            lons[i] = p.lon();
            accessible[i] = p.accessible();
            open[i] = p.open();
        }
    }

    List<Hit> nearest(double lat, double lon, int k, boolean accessibleOnly, boolean includeClosed) {
        double[] bestDistance = new double[k];
        long[] bestId = new long[k];
        int found = 0;
        for (int i = 0; i < ids.length; i++) {
            if ((accessibleOnly && !accessible[i]) || (!includeClosed && !open[i])) {
                continue;
            }
            double d = GreatCircle.distanceMeters(lat, lon, lats[i], lons[i]);
            if (found == k && !better(d, ids[i], bestDistance[k - 1], bestId[k - 1])) {
                continue;
            }
            int at = found < k ? found++ : k - 1;
            while (at > 0 && better(d, ids[i], bestDistance[at - 1], bestId[at - 1])) {
                bestDistance[at] = bestDistance[at - 1];
                bestId[at] = bestId[at - 1];
                at--;
            }
            bestDistance[at] = d;
            bestId[at] = ids[i];
        }
        List<Hit> hits = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            hits.add(new Hit(bestId[i], bestDistance[i]));
        }
        return hits;
    }

    private static boolean better(double d1, long id1, double d2, long id2) {
        return d1 < d2 || (d1 == d2 && id1 < id2);
    }
}
