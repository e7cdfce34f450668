package org.vidnova.casualties.linkage;

import java.util.Arrays;

/**
 * A name's key and the keys of its spellings with one letter left out, as hashes: two names one typo apart (a letter
 * dropped, added, replaced, or two swapped) share at least one of them, so a blocking key built on them still joins
 * the two records, and a misspelt given name still finds its name in the table (the deletion neighbourhood of
 * symmetric-delete spelling correction). Letters are left out of the Latin spelling before it is folded into a key,
 * as folding merges letters (ii, ia) in ways a typo can change.
 */
final class Deletions {

    private Deletions() {
    }

    /** The hashes for a name already in Latin letters ({@link Transliteration#latin}); none for a blank one. */
    static long[] of(String latin) {
        String whole = Transliteration.fold(latin);
        if (whole.isEmpty()) {
            return new long[0];
        }
        long[] hashes = new long[latin.length() + 1];
        int count = 0;
        hashes[count++] = hash(whole);
        if (whole.length() > 3) {
            for (int skip = 0; skip < latin.length(); skip++) {
                if (latin.charAt(skip) != ' ' && (skip == 0 || latin.charAt(skip) != latin.charAt(skip - 1))) {
                    hashes[count++] = hash(Transliteration.fold(latin.substring(0, skip) + latin.substring(skip + 1)));
                }
            }
        }
        long[] distinct = Arrays.copyOf(hashes, count);
        Arrays.sort(distinct);
        int out = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[out++] = distinct[i];
            }
        }
        return Arrays.copyOf(distinct, out);
    }

    static long hash(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }
}
