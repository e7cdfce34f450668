package org.vidnova.casualties.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The pairs worth comparing: every pair of records sharing a block under any blocking key, each pair once. A pair
 * is packed in a long, the smaller record index in the high half, so millions of pairs take a primitive array
 * sorted in parallel rather than millions of objects.
 *
 * @param pairs the distinct candidate pairs, sorted
 * @param samples for each blocking key, a uniform sample of the distinct pairs it brought, for learning m
 * @param perKey for each blocking key, how many distinct pairs it brought (a pair may come from several)
 */
public record CandidatePairs(long[] pairs, List<long[]> samples, long[] perKey) {

    /** Pairs sampled per blocking key for learning m: enough for EM, few enough to compare quickly. */
    static final int SAMPLE = 20_000;

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
        long[] perKey = new long[input.blockingKeys().size()];
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
            perKey[samples.size() - 1] = keyPairs.size;
            pairs.addAll(keyPairs);
        }
        pairs.distinct();
        return new CandidatePairs(pairs.toArray(), List.copyOf(samples), perKey);
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

    /** A growing array of longs (packed pairs, or key values with record indexes), sorted and made distinct. */
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
            sort();
            int out = 0;
            for (int i = 0; i < size; i++) {
                if (out == 0 || values[out - 1] != values[i]) {
                    values[out++] = values[i];
                }
            }
            size = out;
        }

        /**
         * Sorts by one radix pass on the top 16 bits of the range, then each of the 65,536 buckets on its own, in
         * parallel: tens of millions of scattered longs sort several times faster this way than by one quicksort,
         * as each bucket fits the cache.
         */
        private void sort() {
            if (size < 1 << 16) {
                Arrays.sort(values, 0, size);
                return;
            }
            long min = -1;
            long max = 0;
            for (int i = 0; i < size; i++) {
                long u = values[i] ^ Long.MIN_VALUE; // signed order as unsigned
                if (Long.compareUnsigned(u, min) < 0) {
                    min = u;
                }
                if (Long.compareUnsigned(u, max) > 0) {
                    max = u;
                }
            }
            int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(max - min) - 16);
            int[] start = new int[(1 << 16) + 1];
            for (int i = 0; i < size; i++) {
                start[bucket(values[i], min, shift) + 1]++;
            }
            for (int b = 0; b < 1 << 16; b++) {
                start[b + 1] += start[b];
            }
            long[] sorted = new long[Math.max(values.length, size)];
            int[] fill = Arrays.copyOf(start, 1 << 16);
            for (int i = 0; i < size; i++) {
                sorted[fill[bucket(values[i], min, shift)]++] = values[i];
            }
            IntStream.range(0, 1 << 10).parallel().forEach(chunk -> {
                for (int b = chunk << 6; b < (chunk + 1) << 6; b++) {
                    Arrays.sort(sorted, start[b], start[b + 1]);
                }
            });
            values = sorted;
        }

        private static int bucket(long value, long min, int shift) {
            return (int) (((value ^ Long.MIN_VALUE) - min) >>> shift);
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
