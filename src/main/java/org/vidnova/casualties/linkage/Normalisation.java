package org.vidnova.casualties.linkage;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans a name as typed into a casualty list before it is compared: lower case, no apostrophes (’ ' ʼ ` and the
 * soft and hard signs they stand for), hyphens and runs of spaces as one space, and Latin letters typed inside a
 * Cyrillic word (or the other way round) replaced by their look-alikes. Keyboards switch layouts mid-word: "Kовальчук"
 * with a Latin K is the same word as "Ковальчук", and a string comparison must not see a difference there.
 */
public final class Normalisation {

    /** Latin letters that look like Cyrillic ones, each beside its twin at the same index. */
    private static final String LATIN_TWINS = "aeopcxyikmthb";
    private static final String CYRILLIC_TWINS = "аеорсхуікмтнв";

    private Normalisation() {
    }

    /** The name in lower case with one space between words, or "" for null or blank. */
    public static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String lower = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int wordStart = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetter(c)) {
                out.append(c);
            } else if (out.length() > wordStart && out.charAt(out.length() - 1) != ' ') {
                unifyScript(out, wordStart);
                out.append(' ');
                wordStart = out.length();
            }
        }
        unifyScript(out, wordStart);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´' || c == '‘' || c == 'ʹ' || c == '"';
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** Rewrites the word from {@code start} in its majority script, letter by letter through the twin tables. */
    private static void unifyScript(StringBuilder word, int start) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = start; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isCyrillic(c)) {
                cyrillic++;
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        if (cyrillic == 0 || latin == 0) {
            return;
        }
        String from = cyrillic >= latin ? LATIN_TWINS : CYRILLIC_TWINS;
        String to = cyrillic >= latin ? CYRILLIC_TWINS : LATIN_TWINS;
        for (int i = start; i < word.length(); i++) {
            int twin = from.indexOf(word.charAt(i));
            if (twin >= 0) {
                word.setCharAt(i, to.charAt(twin));
            }
        }
    }
}
