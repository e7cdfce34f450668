package org.vidnova.incidents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.vidnova.web.Codes;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.RowFields;

/**
 * Turns one row (a CSV line, or a JSON request read the same way) into a validated {@link IncidentDraft}. The fields
 * have canonical names, those of the CSV header; {@code naming} gives the name the input uses for each, so that
 * errors name what the caller wrote (e.g. {@code occurredAt} in JSON, {@code event_date} in an ACLED file).
 */
final class IncidentRows {

    static final String SOURCE_PATTERN = "[A-Za-z0-9._-]{1,64}";
    static final int MAX_CASUALTIES = 100_000;

    /** The CSV reading: canonical names as they are. */
    static final IncidentRows CSV = new IncidentRows(UnaryOperator.identity());
    /** The JSON reading: the canonical names in camelCase. */
    static final IncidentRows JSON = new IncidentRows(IncidentRows::camelCase);

    private static final Pattern SOURCE = Pattern.compile(SOURCE_PATTERN);
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

    private final UnaryOperator<String> naming;

    IncidentRows(UnaryOperator<String> naming) {
        this.naming = naming;
    }

    /** {@code external_id} as {@code externalId}, … */
    static String camelCase(String canonical) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : canonical.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    String name(String canonical) {
        return naming.apply(canonical);
    }

    /** The draft, or empty with the reasons left in {@code row}. */
    Optional<IncidentDraft> read(RowFields row) {
        String source = row.text(name("source"), false, 64);
        if (source != null && !SOURCE.matcher(source).matches()) {
            row.error(name("source"), "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String externalId = row.text(name("external_id"), true, 128);
        ImportTimes.Parsed time = row.time(name("occurred_at"), true);
        TimePrecision declared = row.optionalChoice(name("time_precision"),
                c -> Codes.parse(TimePrecision.class, c), Codes.list(TimePrecision.class));
        IncidentType type = row.choice(name("type"), c -> Codes.parse(IncidentType.class, c), null,
                Codes.list(IncidentType.class));
        Double lat = row.decimal(name("lat"), false, -90, 90);
        Double lon = row.decimal(name("lon"), false, -180, 180);
        GeoPrecision geo = row.optionalChoice(name("geo_precision"), c -> Codes.parse(GeoPrecision.class, c),
                Codes.list(GeoPrecision.class));
        Integer killed = row.integer(name("killed"), false, 0, MAX_CASUALTIES);
        Integer injured = row.integer(name("injured"), false, 0, MAX_CASUALTIES);
        String description = row.text(name("description"), false, 4000);
        String sourceUrl = row.text(name("source_url"), false, 2000);
        if (sourceUrl != null && !URL.matcher(sourceUrl).matches()) {
            row.error(name("source_url"), "must be an http or https URL");
        }
        Verification verification = row.optionalChoice(name("verification"),
                c -> Codes.parse(Verification.class, c), Codes.list(Verification.class));
        boolean hasLat = row.raw(name("lat")) != null;
        boolean hasLon = row.raw(name("lon")) != null;
        if (hasLat != hasLon) {
            row.error(name(hasLat ? "lon" : "lat"), "is required when " + name(hasLat ? "lat" : "lon")
                    + " is given");
        }
        if (!hasLat && !hasLon && (geo == GeoPrecision.EXACT || geo == GeoPrecision.APPROXIMATE)) {
            row.error(name("geo_precision"), "must be district or city without lat and lon");
        }
        TimePrecision precision = declared;
        if (time != null) {
            if (time.dateOnly() && declared != null && declared != TimePrecision.DAY) {
                row.error(name("time_precision"), "must be day when " + name("occurred_at") + " is a date");
            }
            if (precision == null) {
                precision = time.dateOnly() ? TimePrecision.DAY : TimePrecision.EXACT;
            }
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        GeoPrecision geoPrecision = geo != null ? geo : lat != null ? GeoPrecision.EXACT : GeoPrecision.CITY;
        return Optional.of(new IncidentDraft(source, externalId, cut(time.instant(), precision), precision, type, lat,
                lon, geoPrecision, killed, injured, description, sourceUrl, verification));
    }

    /**
     * The instant cut to what is known of it: the local midnight of its Kyiv day, the start of its hour (Kyiv's
     * offsets are whole hours), or the second.
     */
    static Instant cut(Instant instant, TimePrecision precision) {
        return switch (precision) {
            case DAY -> instant.atZone(ImportTimes.KYIV).toLocalDate().atStartOfDay(ImportTimes.KYIV).toInstant();
            case HOUR -> instant.truncatedTo(ChronoUnit.HOURS);
            case EXACT -> instant.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    /** An incident's fields by canonical name, as an import or export writes them (the inverse of {@link #read}). */
    static Map<String, String> fields(Incident i) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("external_id", i.externalId());
        f.put("occurred_at", occurredAt(i));
        f.put("type", Codes.of(i.type()));
        f.put("lat", i.lat() == null ? null : i.lat().toString());
        f.put("lon", i.lon() == null ? null : i.lon().toString());
        f.put("killed", i.killed() == null ? null : i.killed().toString());
        f.put("injured", i.injured() == null ? null : i.injured().toString());
        f.put("source", i.source());
        f.put("description", i.description());
        f.put("source_url", i.sourceUrl());
        f.put("time_precision", Codes.of(i.timePrecision()));
        f.put("geo_precision", Codes.of(i.geoPrecision()));
        f.put("verification", Codes.of(i.verification()));
        return f;
    }

    /** The local date when only the day is known, else the UTC instant. */
    static String occurredAt(Incident i) {
        return i.timePrecision() == TimePrecision.DAY ? i.localDay().toString()
                : i.occurredAt().toString();
    }
}
