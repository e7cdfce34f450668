package org.vidnova.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the times an import or a query gives, in the three forms Vidnova accepts: an ISO-8601 date-time with an
 * offset or {@code Z}; a local date-time without offset, meant in Europe/Kyiv; or a date {@code YYYY-MM-DD}, meaning
 * that day in Kyiv (its local midnight as the instant). A space may stand for the {@code T}.
 */
public final class ImportTimes {

    /** The city's time zone: a "day" is a local date here. */
    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** What the three forms accept, for error messages. */
    public static final String FORMS = "an ISO-8601 date-time with offset or Z, a local date-time "
            + "(Europe/Kyiv) or a date YYYY-MM-DD";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OFFSET = Pattern.compile(".*(Z|z|[+-]\\d{2}:?\\d{2})$");

    /** A time read from text: the instant, and whether the text was a date only. */
    public record Parsed(Instant instant, boolean dateOnly) {

        /** The local date in Kyiv. */
        public LocalDate day() {
            return instant.atZone(KYIV).toLocalDate();
        }
    }

    private ImportTimes() {
    }

    /** The time {@code text} names, or empty when it is none of the three forms. */
    public static Optional<Parsed> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (DATE.matcher(t).matches()) {
                return Optional.of(new Parsed(LocalDate.parse(t).atStartOfDay(KYIV).toInstant(), true));
            }
            String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
            if (OFFSET.matcher(iso).matches()) {
                if (!iso.endsWith("Z") && !iso.endsWith("z") && iso.charAt(iso.length() - 3) != ':') {
                    iso = iso.substring(0, iso.length() - 2) + ':' + iso.substring(iso.length() - 2);
                }
                return Optional.of(new Parsed(OffsetDateTime.parse(iso.toUpperCase(java.util.Locale.ROOT),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), false));
            }
            return Optional.of(new Parsed(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .atZone(KYIV).toInstant(), false));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A query parameter in one of the three forms, or a 400 problem naming {@code field}; null stays null. */
    public static Parsed parameter(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseThrow(() -> ApiProblem.badRequest(field, "must be " + FORMS));
    }
}
