package org.vidnova.casualties.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Jaro–Winkler similarity of name keys (Apache Commons Text): typos near the end of a name cost less. */
final class NameSimilarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    static double of(String a, String b) {
        return a.equals(b) ? 1 : JARO_WINKLER.apply(a, b);
    }
}
