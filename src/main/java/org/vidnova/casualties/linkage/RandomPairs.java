package org.vidnova.casualties.linkage;

import java.util.SplittableRandom;

/**
 * Random record pairs, from which u (how often non-matches agree) is learned: among all pairs of a few thousand
 * records or more, matches are a negligible share. The seed is fixed so that a run is reproducible.
 */
final class RandomPairs {

    private RandomPairs() {
    }

    static long[] sample(LinkageInput input, LinkageSettings settings, int count) {
        int n = input.size();
        if (n < 2 || settings.acrossListsOnly() && onlyOneList(input)) {
            return new long[0];
        }
        SplittableRandom random = new SplittableRandom(20220224);
        long[] pairs = new long[count];
        for (int p = 0; p < count; ) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && (!settings.acrossListsOnly() || input.list(a) != input.list(b))) {
                pairs[p++] = CandidatePairs.pair(a, b);
            }
        }
        return pairs;
    }

    private static boolean onlyOneList(LinkageInput input) {
        for (int i = 1; i < input.size(); i++) {
            if (input.list(i) != input.list(0)) {
                return false;
            }
        }
        return true;
    }
}
