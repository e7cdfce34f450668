package org.vidnova.casualties.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pairs worth comparing: every pair of records sharing a block under any blocking key, each pair once. A pair
 * is packed in a long, the smaller record index in the high half, so millions of pairs take a primitive array
 * sorted in parallel rather than millions of objects.
 *
 * @param pairs the distinct candidate pairs, sorted
 * @param samples for each blocking key, a uniform sample of the distinct pairs it brought, for learning m
 */
public record CandidatePairs(long[] pairs, List<long[]> samples) {

    /** Pairs sampled per blocking key for learning m: enough for EM, few enough to compare quickly. */
    static final int SAMPLE = 50_000;

    public static long pair(int first, int second) {
        return first < second ? ((long) first << 32) | second : ((long) second << 32) | first;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    /** The candidate pairs of the input. */
    public static CandidatePairs of(LinkageInput input, LinkageSettings settings) {
        int n = input.size();
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        Longs pairs = new Longs();
        List<long[]> samples = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20220224);
        for (BlockingKey key : input.blockingKeys()) {
            Longs blocked = new Longs();
            for (int i = 0; i < n; i++) {
                int record = i;
                key.values(i, value -> blocked.add((value << indexBits) | record));
            }
            blocked.distinct();
            int count = blocked.size;
            Longs keyPairs = new Longs();
            for (int start = 0; start < count; ) {
                long block = blocked.values[start] >>> indexBits;
                int end = start + 1;
                while (end < count && blocked.values[end] >>> indexBits == block) {
                    end++;
                }
                if (end - start > 1 && end - start <= settings.maxBlock()) {
                    for (int x = start; x < end; x++) {
                        int a = (int) (blocked.values[x] & indexMask);
                        for (int y = x + 1; y < end; y++) {
                            int b = (int) (blocked.values[y] & indexMask);
                            if (!settings.acrossListsOnly() || input.list(a) != input.list(b)) {
                                keyPairs.add(pair(a, b));
                            }
                        }
                    }
                }
                start = end;
            }
            keyPairs.distinct();
            samples.add(sample(keyPairs, random));
            pairs.addAll(keyPairs);
            pairs.distinct();
        }
        return new CandidatePairs(pairs.toArray(), List.copyOf(samples));
    }

    public int size() {
        return pairs.length;
    }

    /** Up to {@link #SAMPLE} of the pairs, each as likely as any other. */
    private static long[] sample(Longs pairs, SplittableRandom random) {
        if (pairs.size <= SAMPLE) {
            return pairs.toArray();
        }
        long[] copy = pairs.toArray();
        for (int i = 0; i < SAMPLE; i++) {
            int j = i + random.nextInt(copy.length - i);
            long t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, SAMPLE);
    }

    /** A growing array of longs (packed pairs, or key values with record indexes), sorted and made distinct on demand. */
    private static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long pair) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size++] = pair;
        }

        void distinct() {
            Arrays.parallelSort(values, 0, size);
            int out = 0;
            for (int i = 0; i < size; i++) {
                if (out == 0 || values[out - 1] != values[i]) {
                    values[out++] = values[i];
                }
            }
            size = out;
        }

        void addAll(Longs other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(size + other.size, values.length + (values.length >> 1)));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
