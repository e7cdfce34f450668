package org.vidnova.casualties.linkage;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Each candidate pair as one int: three bits per comparison, holding its level plus one (0 when missing). Pairs
 * with the same pattern get the same probability, so the model learns and scores distinct patterns (a few
 * thousand) instead of pairs (millions).
 */
public final class AgreementPatterns {

    static final int BITS = 3;
    static final int MAX_COMPARISONS = 10;

    private AgreementPatterns() {
    }

    public static int[] of(LinkageInput input, long[] pairs) {
        List<Comparison> comparisons = input.comparisons();
        if (comparisons.size() > MAX_COMPARISONS) {
            throw new IllegalArgumentException("At most " + MAX_COMPARISONS + " comparisons fit a pattern");
        }
        Comparison[] each = comparisons.toArray(Comparison[]::new);
        int[] patterns = new int[pairs.length];
        int chunk = 1 << 14;
        IntStream.range(0, (pairs.length + chunk - 1) / chunk).parallel().forEach(c -> {
            for (int p = c * chunk, end = Math.min(pairs.length, p + chunk); p < end; p++) {
                int a = CandidatePairs.first(pairs[p]);
                int b = CandidatePairs.second(pairs[p]);
                int pattern = 0;
                for (int k = 0; k < each.length; k++) {
                    pattern |= (each[k].level(a, b) + 1) << (BITS * k);
                }
                patterns[p] = pattern;
            }
        });
        return patterns;
    }

    /** The level of comparison {@code k} in a pattern, or {@link Comparison#MISSING}. */
    public static int level(int pattern, int k) {
        return ((pattern >>> (BITS * k)) & 7) - 1;
    }
}
