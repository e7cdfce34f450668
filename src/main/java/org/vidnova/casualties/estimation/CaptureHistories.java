package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How many people were found on each combination of lists: the input of every estimator here.
 *
 * <p>A pattern is a string of 0/1 with one digit per list, the first digit for the first list: {@code 101} is
 * on lists 1 and 3, not on list 2. Internally a pattern is a bit mask with bit {@code i} set when the person is
 * on list {@code i}; cell 0 (on no list) is the unknown the estimators are after and is always 0 here.
 *
 * @param lists the names of the lists, in the order of the pattern digits
 * @param counts people per pattern, indexed by bit mask, {@code 2^k} long with {@code counts[0] == 0}
 */
public record CaptureHistories(List<String> lists, long[] counts) {

    public CaptureHistories {
        lists = List.copyOf(lists);
        if (lists.size() > 20) {
            throw new IllegalArgumentException("at most 20 lists, got " + lists.size());
        }
        if (counts.length != 1 << lists.size()) {
            throw new IllegalArgumentException("expected " + (1 << lists.size()) + " cells, got " + counts.length);
        }
        counts = counts.clone();
        if (counts[0] != 0) {
            throw new IllegalArgumentException("the cell of people on no list cannot be observed");
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + c);
            }
        }
    }

    /**
     * Reads cells keyed by pattern ({@code 1011}); patterns not given count 0.
     *
     * @throws IllegalArgumentException on a pattern of the wrong length, with other digits than 0/1, all zeros,
     *         given twice, or with a negative count
     */
    public static CaptureHistories of(List<String> lists, Map<String, ? extends Number> cells) {
        int k = lists.size();
        if (k > 20) {
            throw new IllegalArgumentException("at most 20 lists, got " + k);
        }
        long[] counts = new long[1 << k];
        boolean[] seen = new boolean[1 << k];
        for (Map.Entry<String, ? extends Number> cell : cells.entrySet()) {
            int mask = mask(cell.getKey(), k);
            if (seen[mask]) {
                throw new IllegalArgumentException("pattern " + cell.getKey() + " given twice");
            }
            seen[mask] = true;
            Number value = cell.getValue();
            if (value == null || value.doubleValue() != Math.rint(value.doubleValue())) {
                throw new IllegalArgumentException("count of " + cell.getKey() + " must be a whole number");
            }
            counts[mask] = value.longValue();
        }
        return new CaptureHistories(lists, counts);
    }

    /** The bit mask of a pattern such as {@code 101}; the first digit is bit 0. */
    public static int mask(String pattern, int k) {
        if (pattern == null || pattern.length() != k) {
            throw new IllegalArgumentException("pattern '" + pattern + "' must have one 0/1 digit per list (" + k + ")");
        }
        int mask = 0;
        for (int i = 0; i < k; i++) {
            char c = pattern.charAt(i);
            if (c == '1') {
                mask |= 1 << i;
            } else if (c != '0') {
                throw new IllegalArgumentException("pattern '" + pattern + "' must hold only 0 and 1");
            }
        }
        if (mask == 0) {
            throw new IllegalArgumentException("pattern " + pattern + " is on no list: that count is what is estimated");
        }
        return mask;
    }

    /** The pattern string of a bit mask, the first list first. */
    public String pattern(int mask) {
        char[] digits = new char[k()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (mask & (1 << i)) != 0 ? '1' : '0';
        }
        return new String(digits);
    }

    public int k() {
        return lists.size();
    }

    public long count(int mask) {
        return counts[mask];
    }

    /** The people on at least one list: the documented minimum. */
    public long observed() {
        return Arrays.stream(counts).sum();
    }

    /** People on list {@code i}. */
    public long onList(int i) {
        return sumWhere(1 << i);
    }

    /** People on both lists {@code i} and {@code j}. */
    public long onBoth(int i, int j) {
        return sumWhere((1 << i) | (1 << j));
    }

    /** People on two lists or more: without them no estimate is possible. */
    public long onSeveral() {
        long sum = 0;
        for (int mask = 1; mask < counts.length; mask++) {
            if (Integer.bitCount(mask) >= 2) {
                sum += counts[mask];
            }
        }
        return sum;
    }

    private long sumWhere(int all) {
        long sum = 0;
        for (int mask = 1; mask < counts.length; mask++) {
            if ((mask & all) == all) {
                sum += counts[mask];
            }
        }
        return sum;
    }

    /** The non-empty cells by pattern, for display. */
    public List<String> nonEmptyPatterns() {
        List<String> patterns = new ArrayList<>();
        for (int mask = 1; mask < counts.length; mask++) {
            if (counts[mask] > 0) {
                patterns.add(pattern(mask));
            }
        }
        return patterns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureHistories that && lists.equals(that.lists) && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * lists.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureHistories" + lists + Arrays.toString(counts);
    }
}
