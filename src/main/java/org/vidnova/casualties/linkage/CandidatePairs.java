package org.vidnova.casualties.linkage;

import java.util.Arrays;

/**
 * The pairs worth comparing: every pair of records sharing a block under any blocking key, each pair once. A pair
 * is packed in a long, the smaller record index in the high half, so millions of pairs take a primitive array
 * sorted in parallel rather than millions of objects.
 */
public final class CandidatePairs {

    private CandidatePairs() {
    }

    public static long pair(int first, int second) {
        return first < second ? ((long) first << 32) | second : ((long) second << 32) | first;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    /** The sorted distinct candidate pairs of the input. */
    public static long[] of(LinkageInput input, LinkageSettings settings) {
        int n = input.size();
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        Pairs pairs = new Pairs();
        long[] blocked = new long[n];
        for (BlockingKey key : input.blockingKeys()) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                long k = key.key(i);
                if (k != BlockingKey.NONE) {
                    blocked[count++] = (k << indexBits) | i;
                }
            }
            Arrays.parallelSort(blocked, 0, count);
            for (int start = 0; start < count; ) {
                long block = blocked[start] >>> indexBits;
                int end = start + 1;
                while (end < count && blocked[end] >>> indexBits == block) {
                    end++;
                }
                if (end - start > 1 && end - start <= settings.maxBlock()) {
                    for (int x = start; x < end; x++) {
                        int a = (int) (blocked[x] & indexMask);
                        for (int y = x + 1; y < end; y++) {
                            int b = (int) (blocked[y] & indexMask);
                            if (!settings.acrossListsOnly() || input.list(a) != input.list(b)) {
                                pairs.add(pair(a, b));
                            }
                        }
                    }
                }
                start = end;
            }
            pairs.distinct();
        }
        return pairs.toArray();
    }

    /** A growing array of packed pairs, made distinct after each key so duplicates do not pile up. */
    private static final class Pairs {
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

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
