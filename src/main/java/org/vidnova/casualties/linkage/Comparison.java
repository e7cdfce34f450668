package org.vidnova.casualties.linkage;

/**
 * One field compared between two records, as a level of agreement: 0 is the best (the same value), higher levels
 * agree less, {@link #MISSING} when either record lacks the field (it then says nothing for or against a match).
 * Fellegi–Sunter learns how often each level occurs among matches and among non-matches.
 */
public interface Comparison {

    int MISSING = -1;

    String name();

    /** Number of levels, missing not counted; at most 7. */
    int levels();

    int level(int first, int second);

    /** A comparison from its name, its number of levels and a function giving the level of two records. */
    static Comparison of(String name, int levels, Level level) {
        return new Comparison() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int levels() {
                return levels;
            }

            @Override
            public int level(int first, int second) {
                return level.of(first, second);
            }
        };
    }

    /** The level of agreement of two records. */
    @FunctionalInterface
    interface Level {
        int of(int first, int second);
    }
}
