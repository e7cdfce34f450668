package org.vidnova.incidents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses the type of a strike from the words of a description or a munition name, for imports whose source has
 * no type of its own (CIR) or a coarser one (ACLED). The first type whose words occur wins, in this order: cluster,
 * MLRS, missile, drone, air strike, shelling; so a 9M55K Smerch rocket (a cluster munition fired by an MLRS) counts
 * as cluster.
 */
final class IncidentKeywords {

    private static final Map<IncidentType, Pattern> WORDS = Map.of(
            IncidentType.CLUSTER, words("cluster", "9m55k", "9m27k", "submunition", "касет"),
            IncidentType.MLRS, words("mlrs", "grad", "smerch", "uragan", "tornado-s", "bm-21", "bm-27", "bm-30",
                    "multiple rocket", "multiple launch rocket", "рсзв", "град", "смерч", "ураган"),
            IncidentType.MISSILE, words("missile", "iskander", "kalibr", "kh-101", "kh-22", "kh-59", "s-300",
                    "ballistic", "cruise", "ракет"),
            IncidentType.DRONE, words("drone", "uav", "shahed", "geran", "lancet", "kamikaze", "бпла", "дрон",
                    "шахед"),
            IncidentType.AIRSTRIKE, words("airstrike", "air strike", "air-strike", "aerial bomb", "aircraft",
                    "bomber", "guided bomb", "fab-", "kab", "su-34", "su-25", "авіабомб", "авиабомб"),
            IncidentType.SHELLING, words("shelling", "shelled", "artillery", "mortar", "howitzer", "обстріл",
                    "обстрел", "артилер", "артиллер"));

    private IncidentKeywords() {
    }

    private static Pattern words(String... words) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d])(?:");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words[i]));
            // An English word may take an ending (missiles, drones), a Ukrainian or Russian stem any (ракетний);
            // none may start inside another word (the grad of "upgrade", the kab of "kebab").
            regex.append(words[i].chars().allMatch(c -> c < 128) ? "(?:s|es|ed|ing)?(?!\\p{L})" : "");
        }
        return Pattern.compile(regex.append(')').toString(), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /** The first of {@code candidates}, in their order, whose words occur in {@code text}; else {@code fallback}. */
    static IncidentType match(String text, List<IncidentType> candidates, IncidentType fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (IncidentType type : candidates) {
            if (WORDS.get(type).matcher(t).find()) {
                return type;
            }
        }
        return fallback;
    }

    /** All types that have words, in the order they are tried. */
    static final List<IncidentType> ALL = List.of(IncidentType.CLUSTER, IncidentType.MLRS, IncidentType.MISSILE,
            IncidentType.DRONE, IncidentType.AIRSTRIKE, IncidentType.SHELLING);
}
