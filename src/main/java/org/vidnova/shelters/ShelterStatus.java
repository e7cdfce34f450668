package org.vidnova.shelters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a shelter can be used now. Only {@code open} shelters are offered as nearest by default. */
public enum ShelterStatus {
    OPEN, CLOSED, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShelterStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
