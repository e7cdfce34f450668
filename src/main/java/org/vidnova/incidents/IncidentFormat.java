package org.vidnova.incidents;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.vidnova.web.CsvRow;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.RowFields;

/**
 * The CSV layouts an incident import reads ({@code ?format=}): Vidnova's own, an ACLED export, and the CIR
 * (Centre for Information Resilience) Russia-Ukraine Monitor events. Each turns a CSV line into a row of canonical
 * fields read by {@link IncidentRows}; errors name the file's own columns.
 */
enum IncidentFormat {

    /** {@code external_id,occurred_at,type,lat,lon,killed,injured,source,description}, and more optional columns. */
    VIDNOVA(Set.of("external_id", "occurred_at", "type", "lat", "lon"),
            Set.of("killed", "injured", "source", "description", "source_url", "time_precision", "geo_precision",
                    "verification"),
            Map.of()) {
        @Override
        RowFields adapt(CsvRow row) {
            return RowFields.of(row);
        }
    },

    /**
     * An ACLED export. The crosswalk: {@code event_id_cnty} is the external id; {@code event_date} (e.g.
     * {@code 13 May 2022}, or ISO) gives the day, and every ACLED time precision 1, 2 or 3 becomes {@code day};
     * {@code latitude}, {@code longitude}; {@code geo_precision} 1, 2, 3 becomes exact, approximate, district;
     * {@code fatalities} is the number killed (injured unknown); {@code notes} is the description, followed by the
     * reporting sources of {@code source}. Only events of type Explosions/Remote violence are strikes; the type
     * comes from {@code sub_event_type}:
     * <ul>
     * <li>Shelling/artillery/missile attack: shelling, or cluster, MLRS or missile when the notes name one;</li>
     * <li>Air/drone strike: drone when the notes name a drone (UAV, Shahed, …), else airstrike;</li>
     * <li>Remote explosive/landmine/IED, Grenade, Suicide bomb, Chemical weapon: other.</li>
     * </ul>
     * Other events (battles, protests, strategic developments, violence against civilians) are rejected as not
     * strikes.
     */
    ACLED(Set.of("event_id_cnty", "event_date", "sub_event_type", "latitude", "longitude"),
            Set.of("event_type", "time_precision", "geo_precision", "fatalities", "notes", "source"),
            Map.of("external_id", "event_id_cnty", "occurred_at", "event_date", "type", "sub_event_type",
                    "lat", "latitude", "lon", "longitude", "killed", "fatalities", "description", "notes")) {

        private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        private static final Map<String, IncidentType> OTHER = Map.of(
                "remote explosive/landmine/ied", IncidentType.OTHER, "grenade", IncidentType.OTHER,
                "suicide bomb", IncidentType.OTHER, "chemical weapon", IncidentType.OTHER);

        @Override
        RowFields adapt(CsvRow row) {
            Map<String, String> v = new HashMap<>();
            v.put("event_id_cnty", row.get("event_id_cnty"));
            v.put("event_date", acledDate(row.get("event_date")));
            v.put("time_precision", "day");
            v.put("latitude", row.get("latitude"));
            v.put("longitude", row.get("longitude"));
            v.put("geo_precision", switch (String.valueOf(row.get("geo_precision"))) {
                case "1" -> "exact";
                case "2" -> "approximate";
                case "3" -> "district";
                default -> row.get("geo_precision");
            });
            v.put("fatalities", row.get("fatalities"));
            String notes = row.get("notes");
            String sources = row.get("source");
            v.put("notes", sources == null ? notes : (notes == null ? "" : notes + " ") + "(Sources: " + sources + ")");
            Optional<IncidentType> type = strikeType(row.get("event_type"), row.get("sub_event_type"), notes);
            v.put("sub_event_type", type.map(t -> t.name()).orElse("other"));
            RowFields fields = new RowFields(row.line(), v::get);
            if (type.isEmpty()) {
                fields.error("sub_event_type", "is not a strike: only Explosions/Remote violence events are imported");
            }
            return fields;
        }

        private static String acledDate(String text) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, ACLED_DATE).toString();
            } catch (DateTimeParseException e) {
                return text;
            }
        }

        private static Optional<IncidentType> strikeType(String eventType, String subType, String notes) {
            if (eventType != null && !eventType.equalsIgnoreCase("Explosions/Remote violence")) {
                return Optional.empty();
            }
            String sub = subType == null ? "" : subType.toLowerCase(Locale.ROOT);
            if (sub.equals("shelling/artillery/missile attack")) {
                return Optional.of(IncidentKeywords.match(notes, List.of(IncidentType.CLUSTER, IncidentType.MLRS,
                        IncidentType.MISSILE), IncidentType.SHELLING));
            }
            if (sub.equals("air/drone strike")) {
                return Optional.of(IncidentKeywords.match(notes, List.of(IncidentType.DRONE),
                        IncidentType.AIRSTRIKE));
            }
            return Optional.ofNullable(OTHER.get(sub));
        }
    },

    /**
     * The CIR/Bellingcat Russia-Ukraine Monitor events: {@code entry} is the external id, {@code date} the day,
     * {@code lat}/{@code lon} the point (exact when a {@code geolocation} proof is linked, else approximate),
     * {@code brief description} (or {@code title}) the description, {@code link} the source URL when it is one.
     * The type is guessed from {@code arms/munition} and the title and description by {@link IncidentKeywords},
     * {@code other} when no word fits (CIR also lists troop sightings and military losses).
     */
    CIR(Set.of("entry", "date", "lat", "lon"),
            Set.of("title", "brief description", "arms/munition", "link", "geolocation"),
            Map.of("external_id", "entry", "occurred_at", "date", "description", "brief description",
                    "source_url", "link")) {
        @Override
        RowFields adapt(CsvRow row) {
            Map<String, String> v = new HashMap<>();
            v.put("entry", row.get("entry"));
            v.put("date", row.get("date"));
            v.put("lat", row.get("lat"));
            v.put("lon", row.get("lon"));
            String description = row.get("brief description") != null ? row.get("brief description")
                    : row.get("title");
            v.put("brief description", description);
            String link = row.get("link");
            v.put("link", link != null && link.matches("(?i)https?://\\S+") ? link : null);
            v.put("geo_precision", row.get("geolocation") != null ? "exact" : "approximate");
            String words = String.join(" ", String.valueOf(row.get("arms/munition")), String.valueOf(row.get("title")),
                    String.valueOf(description));
            v.put("type", IncidentKeywords.match(words, IncidentKeywords.ALL, IncidentType.OTHER).name());
            return new RowFields(row.line(), v::get);
        }
    };

    private final Set<String> required;
    private final Set<String> optional;
    private final IncidentRows reader;

    IncidentFormat(Set<String> required, Set<String> optional, Map<String, String> columns) {
        this.required = required;
        this.optional = optional;
        this.reader = new IncidentRows(canonical -> columns.getOrDefault(canonical, canonical));
    }

    /** The file's row as canonical fields, with any error the layout itself finds. */
    abstract RowFields adapt(CsvRow row);

    IncidentRows reader() {
        return reader;
    }

    static Optional<IncidentFormat> parse(String name) {
        return java.util.Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Streams the rows of an upload in this layout. */
    Consumer<Consumer<RowFields>> rows(InputStream in) {
        return sink -> CsvUpload.read(in, required, optional, row -> sink.accept(adapt(row)));
    }
}
