package org.vidnova.reporting;

import java.util.Map;

import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.disclosure.OpenDataset.Rule;

/** A rule of the disclosure policy as the public reads it, in English and Ukrainian, with the values in force. */
final class DisclosureStatements {

    private DisclosureStatements() {
    }

    static Map<String, String> of(Rule rule, DisclosurePolicy p) {
        return switch (rule) {
            case STRIKE_DELAY -> p.strikeDelayHours() == 0
                    ? statement(rule, "Strike records are published as soon as they are recorded.",
                            "Записи про удари публікуються одразу після внесення.")
                    : statement(rule, "Strike records are published " + p.strikeDelayHours()
                            + " hours after the strike.", "Записи про удари публікуються через "
                            + p.strikeDelayHours() + " год після удару.");
            case STRIKE_LOCATION -> p.strikesRoundedToDistrict()
                    ? statement(rule, "Strike locations are shown only as a point inside their district;"
                            + " descriptions and source links are withheld.",
                            "Місце удару показано лише точкою всередині району; описи й посилання приховано.")
                    : statement(rule, "Strike locations are shown as recorded.", "Місця ударів показано як записано.");
            case HIDDEN_SHELTER_KINDS -> p.hiddenShelterKinds().isEmpty()
                    ? statement(rule, "Every kind of shelter is listed.", "Показано всі види укриттів.")
                    : statement(rule, "Shelters of these kinds are not listed: "
                            + String.join(", ", p.hiddenShelterKinds()) + ".",
                            "Укриття цих видів не показано: " + String.join(", ", p.hiddenShelterKinds()) + ".");
            case SMALL_COUNTS -> statement(rule, "Counts of people under " + p.smallestCount() + " are shown as \"<"
                    + p.smallestCount() + "\".", "Кількість людей менше " + p.smallestCount()
                    + " показано як «<" + p.smallestCount() + "»");
            case NO_PERSONAL_DATA -> statement(rule, "No personal data is ever published.",
                    "Персональні дані ніколи не публікуються.");
        };
    }

    private static Map<String, String> statement(Rule rule, String en, String uk) {
        return Map.of("rule", rule.name().toLowerCase(java.util.Locale.ROOT), "en", en, "uk", uk);
    }
}
