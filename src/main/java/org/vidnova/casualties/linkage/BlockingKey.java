package org.vidnova.casualties.linkage;

import java.util.function.IntToLongFunction;

/**
 * A key that puts records into blocks: only records sharing a key with another are compared. Several keys are used
 * together (a pair is a candidate when any key joins it), so a typo in one field loses the pair only when every key
 * contains a field that differs.
 */
public interface BlockingKey {

    /** Means "no key": the record is in no block of this key (a field it needs is missing). */
    long NONE = 0;

    String name();

    long key(int record);

    /** Mixes field values into one key; never {@link #NONE}. */
    static long of(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = (h ^ part) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h == NONE ? 1 : h;
    }

    /** A key from a function of the record index. */
    static BlockingKey named(String name, IntToLongFunction key) {
        return new BlockingKey() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long key(int record) {
                return key.applyAsLong(record);
            }
        };
    }
}
