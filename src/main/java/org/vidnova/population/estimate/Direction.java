package org.vidnova.population.estimate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which way people moved: out of their district, back to it, or in from elsewhere (displaced). */
public enum Direction {
    LEFT, RETURNED, ARRIVED;

    /** The codes, comma-separated, for messages. */
    public static final String ALLOWED = Arrays.stream(values()).map(Direction::code)
            .collect(Collectors.joining(", "));

    /** The lower-case code written in CSV and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Direction> parse(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(d -> d.code().equalsIgnoreCase(c)).findFirst();
    }
}
