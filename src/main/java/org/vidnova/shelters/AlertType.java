package org.vidnova.shelters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an alert warns of. */
public enum AlertType {
    AIR_RAID, ARTILLERY, OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
