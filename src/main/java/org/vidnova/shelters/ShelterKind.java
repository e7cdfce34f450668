package org.vidnova.shelters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of place a shelter is. Written in lower case in CSV, JSON and query parameters. */
public enum ShelterKind {
    SHELTER, METRO, BASEMENT, PARKING, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShelterKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
