package org.vidnova.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lower-case codes by which enum values are written in CSV, JSON and query parameters ({@code DAY} is
 * {@code day}), read back in any letter case.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(type.getEnumConstants()).filter(v -> of(v).equalsIgnoreCase(c)).findFirst();
    }

    /** All codes of {@code type}, comma-separated, for error messages. */
    public static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
