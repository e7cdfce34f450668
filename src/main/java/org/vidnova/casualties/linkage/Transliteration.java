package org.vidnova.casualties.linkage;

import java.util.Map;

/**
 * Cyrillic names to Latin, and any spelling of a name to one comparable Latin key.
 *
 * <p>{@link #ukrainian} follows the national standard of 2010 (Cabinet of Ministers resolution 55 of 27 January
 * 2010): Г is h, Ґ g, Х kh, И y, І i, Ї yi, Є ye, Ю yu, Я ya at the start of a word and i, ie, iu, ia elsewhere,
 * зг is zgh, the soft sign and the apostrophe are dropped. {@link #russian} uses the common passport-style table
 * (Г g, Ы y, Э e, Ё e, Й y). A Cyrillic word is read as Ukrainian when it has a letter only Ukrainian uses (і ї є ґ),
 * as Russian when it has one only Russian uses (ы э ъ ё), and as Ukrainian otherwise.
 *
 * <p>{@link #key} then folds what differs between the two languages and between the ways clerks write them in
 * Latin letters: g, h and kh are one sound here (Ukrainian Г is Russian Г); i, y and the glide in ia/ya/ie/ye/iu/yu
 * are one; ts and c, x and ks, w and v; doubled letters count once. Ковальський, Ковальский, Kovalskyi, Kovalsky
 * and Kowalski share a key, and so do Гончаренко and Goncharenko.
 */
public final class Transliteration {

    private static final String[] UKRAINIAN = new String['я' - 'а' + 1];
    private static final String[] RUSSIAN = new String['я' - 'а' + 1];
    private static final Map<Character, String> UKRAINIAN_EXTRA = Map.of('і', "i", 'ї', "i", 'є', "ie", 'ґ', "g");
    private static final Map<Character, String> UKRAINIAN_INITIAL = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu",
            'я', "ya");

    static {
        String cyrillic = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
        String[] uk = {"a", "b", "v", "h", "d", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};
        String[] ru = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        for (int i = 0; i < cyrillic.length(); i++) {
            UKRAINIAN[cyrillic.charAt(i) - 'а'] = uk[i];
            RUSSIAN[cyrillic.charAt(i) - 'а'] = ru[i];
        }
    }

    private Transliteration() {
    }

    /** The name in Latin letters by the Ukrainian standard of 2010, after {@link Normalisation#text}. */
    public static String ukrainian(String name) {
        return latin(Normalisation.text(name), false);
    }

    /** The name in Latin letters by the Russian table, after {@link Normalisation#text}. */
    public static String russian(String name) {
        return latin(Normalisation.text(name), true);
    }

    /** Latin letters, choosing the table per word by its letters (see the class comment). */
    public static String latin(String name) {
        return latin(Normalisation.text(name), null);
    }

    /** The comparable key: transliterated, folded, without spaces; "" for a blank name. */
    public static String key(String name) {
        return fold(latin(name));
    }

    private static String latin(String normalised, Boolean russian) {
        StringBuilder out = new StringBuilder(normalised.length() + 8);
        boolean wordStart = true;
        boolean wordRussian = russian != null && russian;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (wordStart && russian == null) {
                wordRussian = looksRussian(normalised, i);
            }
            if (c == ' ') {
                out.append(' ');
                wordStart = true;
                continue;
            }
            out.append(letter(normalised, i, wordStart, wordRussian));
            wordStart = false;
        }
        return out.toString();
    }

    private static String letter(String word, int i, boolean initial, boolean russian) {
        char c = word.charAt(i);
        if (!Normalisation.isCyrillic(c)) {
            return String.valueOf(c);
        }
        if (russian) {
            if (c == 'ё') {
                return "e";
            }
            return c >= 'а' && c <= 'я' ? RUSSIAN[c - 'а'] : String.valueOf(c);
        }
        if (initial && UKRAINIAN_INITIAL.containsKey(c)) {
            return UKRAINIAN_INITIAL.get(c);
        }
        if (c == 'г' && i > 0 && word.charAt(i - 1) == 'з') {
            return "gh";
        }
        String extra = UKRAINIAN_EXTRA.get(c);
        if (extra != null) {
            return extra;
        }
        return c >= 'а' && c <= 'я' ? UKRAINIAN[c - 'а'] : String.valueOf(c);
    }

    private static boolean looksRussian(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != ' '; i++) {
            char c = text.charAt(i);
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                return false;
            }
            if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                return true;
            }
        }
        return false;
    }

    /** Folds a Latin spelling: longest-match tokens first, then glides before vowels and doubled letters. */
    static String fold(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        for (int i = 0; i < n; ) {
            char c = latin.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            char d = i + 1 < n ? latin.charAt(i + 1) : ' ';
            if (c == 's' && d == 'h' && latin.startsWith("ch", i + 2) || c == 's' && d == 'c' && i + 2 < n
                    && latin.charAt(i + 2) == 'h') {
                out.append('S');
                i += d == 'h' ? 4 : 3;
                continue;
            }
            char two = twoLetters(c, d);
            if (two != 0) {
                out.append(two);
                i += 2;
                continue;
            }
            switch (c) {
                case 'g', 'h' -> out.append('h');
                case 'y', 'j' -> out.append('i');
                case 'c', 'q' -> out.append('k');
                case 'w' -> out.append('v');
                case 'x' -> out.append("ks");
                default -> out.append(c);
            }
            i++;
        }
        StringBuilder key = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean glide = c == 'i' && i + 1 < out.length() && isVowel(out.charAt(i + 1)) && i > 0;
            if (glide || (key.length() > 0 && key.charAt(key.length() - 1) == c)) {
                continue;
            }
            key.append(c);
        }
        return key.toString();
    }

    /** The folded letter for two Latin letters written for one sound (zh, kh, ch, sh, ts, ...), or 0. */
    private static char twoLetters(char c, char d) {
        return switch (c) {
            case 'z' -> d == 'h' ? 'J' : 0;
            case 'k', 'g' -> d == 'h' ? 'h' : 0;
            case 'c' -> d == 'h' || d == 'z' ? 'C' : d == 'k' ? 'k' : 0;
            case 's' -> d == 'h' || d == 'z' ? 'X' : 0;
            case 't' -> d == 's' || d == 'z' ? 'c' : 0;
            case 'p' -> d == 'h' ? 'f' : 0;
            default -> 0;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'i';
    }
}
