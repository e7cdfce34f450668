package org.vidnova.casualties.linkage;

import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.function.LongConsumer;

/**
 * A key that puts records into blocks: only records sharing a key value with another are compared. Several keys are
 * used together (a pair is a candidate when any key joins it), so a typo in one field loses the pair only when every
 * key contains a field that differs. A record may have several values of one key: every spelling of its family name
 * with one letter left out, so two spellings one typo apart still meet; its event day and the next, so a day off
 * still meets.
 */
public interface BlockingKey {

    /** Means "no key": the record is in no block of this key (a field it needs is missing). */
    long NONE = 0;

    String name();

    /**
     * The names of the comparisons whose fields this key blocks on: pairs it brings agree there whether they match
     * or not, so EM learns those comparisons' m from the other keys' pairs.
     */
    Set<String> compares();

    /**
     * Whether EM learns m from this key's pairs. Not from a key whose non-matches agree on more than its own fields:
     * records sharing a family name and an event day are mostly relatives killed together, who share a district and
     * a patronymic as well, and EM would take them for matches.
     */
    default boolean teaches() {
        return true;
    }

    /** Passes each of the record's values of this key, none when a field it needs is missing. */
    void values(int record, LongConsumer values);

    /** Mixes field values into one key value; never {@link #NONE}. */
    static long of(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h, part);
        }
        return h == NONE ? 1 : h;
    }

    /** As {@link #of(long...)} for three values, without an array: blocking calls it tens of millions of times. */
    static long of(long a, long b, long c) {
        long h = mix(mix(mix(0x9E3779B97F4A7C15L, a), b), c);
        return h == NONE ? 1 : h;
    }

    /** As {@link #of(long...)} for four values, without an array. */
    static long of(long a, long b, long c, long d) {
        long h = mix(mix(mix(mix(0x9E3779B97F4A7C15L, a), b), c), d);
        return h == NONE ? 1 : h;
    }

    private static long mix(long h, long part) {
        long x = (h ^ part) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }

    /** A single-valued key from a function of the record index ({@link #NONE} for none). */
    static BlockingKey named(String name, Set<String> compares, IntToLongFunction key) {
        return multi(name, compares, (record, values) -> {
            long value = key.applyAsLong(record);
            if (value != NONE) {
                values.accept(value);
            }
        });
    }

    /** A key from a function passing any number of values. */
    static BlockingKey multi(String name, Set<String> compares, Values values) {
        return new BlockingKey() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> compares() {
                return compares;
            }

            @Override
            public void values(int record, LongConsumer out) {
                values.of(record, out);
            }
        };
    }

    /** This key for blocking only: EM does not learn from its pairs (see {@link #teaches()}). */
    default BlockingKey blockingOnly() {
        BlockingKey key = this;
        return new BlockingKey() {
            @Override
            public String name() {
                return key.name();
            }

            @Override
            public Set<String> compares() {
                return key.compares();
            }

            @Override
            public boolean teaches() {
                return false;
            }

            @Override
            public void values(int record, LongConsumer values) {
                key.values(record, values);
            }
        };
    }

    /** The values of one record. */
    @FunctionalInterface
    interface Values {
        void of(int record, LongConsumer values);
    }
}
