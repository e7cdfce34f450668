package org.vidnova.casualties.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** The allocation-free Jaro–Winkler gives what Apache Commons Text gives, on names and on random strings. */
class NameSimilarityTests {

    static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

    @Test
    void equalsCommonsTextOnNames() {
        String[] names = {"kovalenko", "kovalcuk", "hrehanisin", "olirov", "olifirov", "bondarenko", "Sevcenko", "",
                "a", "ab", "ba", "martha", "marhta", "dixon", "dicksonx", "jellyfish", "smellyfish"};
        for (String a : names) {
            for (String b : names) {
                assertThat(NameSimilarity.of(a, b)).as(a + " ~ " + b).isCloseTo(COMMONS.apply(a, b), within(1e-12));
            }
        }
    }

    @Test
    void equalsCommonsTextOnRandomStrings() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, random.nextInt(n % 100 == 0 ? 90 : 14));
            String b = random.nextBoolean() ? word(random, random.nextInt(14)) : mutate(a, random);
            assertThat(NameSimilarity.of(a, b)).as(a + " ~ " + b).isCloseTo(COMMONS.apply(a, b), within(1e-12));
        }
    }

    private static String word(SplittableRandom random, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(5)));
        }
        return w.toString();
    }

    private static String mutate(String a, SplittableRandom random) {
        if (a.length() < 2) {
            return a + "x";
        }
        int i = random.nextInt(a.length() - 1);
        return a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2);
    }
}
