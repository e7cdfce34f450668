package org.vidnova.casualties.linkage;

/**
 * Jaro–Winkler similarity of name keys: typos near the end of a name cost less than at its start. The same
 * definition as Apache Commons Text's {@code JaroWinklerSimilarity} (a test holds the two equal), written here without
 * allocation: Commons Text 1.15 compares boxed characters through a generic input type and returns a boxed Double,
 * and at a million records, tens of millions of name comparisons made it the largest single cost of a run.
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    static double of(String first, String second) {
        if (first.equals(second)) {
            return 1;
        }
        String longer = first.length() >= second.length() ? first : second;
        String shorter = longer == first ? second : first;
        if (longer.length() > 64) {
            return ofLong(first, second);
        }
        int range = Math.max(longer.length() / 2 - 1, 0);
        long longerMatched = 0;
        long shorterMatched = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
                if ((longerMatched & (1L << j)) == 0 && c == longer.charAt(j)) {
                    longerMatched |= 1L << j;
                    shorterMatched |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        long rest = longerMatched;
        for (int i = 0; i < shorter.length(); i++) {
            if ((shorterMatched & (1L << i)) != 0) {
                int j = Long.numberOfTrailingZeros(rest);
                rest &= rest - 1;
                if (shorter.charAt(i) != longer.charAt(j)) {
                    transpositions++;
                }
            }
        }
        return winkler(first, second, matches, transpositions);
    }

    /** Jaro from the matches and the matched letters out of order, then Winkler's bonus for a common start. */
    private static double winkler(String first, String second, int matches, int outOfOrder) {
        double m = matches;
        double jaro = (m / first.length() + m / second.length() + (m - outOfOrder / 2.0) / m) / 3;
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(first.length(), second.length())); i++) {
            if (first.charAt(i) != second.charAt(i)) {
                break;
            }
            prefix++;
        }
        return jaro + 0.1 * prefix * (1 - jaro);
    }

    /** The same for names longer than 64 letters, with arrays instead of bit sets. */
    private static double ofLong(String first, String second) {
        String longer = first.length() >= second.length() ? first : second;
        String shorter = longer == first ? second : first;
        int range = Math.max(longer.length() / 2 - 1, 0);
        boolean[] longerMatched = new boolean[longer.length()];
        boolean[] shorterMatched = new boolean[shorter.length()];
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
                if (!longerMatched[j] && shorter.charAt(i) == longer.charAt(j)) {
                    longerMatched[j] = true;
                    shorterMatched[i] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < shorter.length(); i++) {
            if (shorterMatched[i]) {
                while (!longerMatched[j]) {
                    j++;
                }
                transpositions += shorter.charAt(i) != longer.charAt(j++) ? 1 : 0;
            }
        }
        return winkler(first, second, matches, transpositions);
    }
}
