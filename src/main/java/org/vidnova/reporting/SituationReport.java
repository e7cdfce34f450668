package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one day's situation report, as of {@code asOf} (the end of the Kyiv day, or the time it was made
 * when the day is not over). Each module contributes a {@link Section} of {@link Figure}s; the archive stores this
 * record as JSON, so the changes since the previous report are computed from what was published, not from today's
 * data.
 */
public record SituationReport(LocalDate day, Instant asOf, List<Section> sections) {

    /** Counts below this are shown as "fewer than" where they could point at a person, unless the policy says more. */
    public static final int SMALLEST_SHOWN = 3;

    /**
     * One module's part: its figures, the time its data stand at ({@code dataAt}, e.g. the last linkage run), the
     * public page that explains it ({@code source}), and a series per day (key: ISO day) where it has one.
     */
    public record Section(String key, Instant dataAt, String source, List<Figure> figures, Map<String, Long> perDay) {

        public Optional<Figure> figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key) && f.district() == null).findFirst();
        }

        public List<Figure> byDistrict() {
            return figures.stream().filter(f -> f.district() != null).toList();
        }

        public List<Figure> cityFigures() {
            return figures.stream().filter(f -> f.district() == null).toList();
        }
    }

    /**
     * One figure: a count ({@code value}, null when not known), an interval where it is an estimate, and whether
     * it was suppressed as a small cell (then {@code value} is null, and {@code below} the threshold it was under,
     * as the disclosure policy stood when the report was made). {@code district} names the district (KATOTTH code,
     * or {@code "outside"}) for per-district figures.
     */
    public record Figure(String key, String district, Long value, Long low, Long high, boolean suppressed,
            Integer below) {

        public Figure(String key, String district, Long value, Long low, Long high, boolean suppressed) {
            this(key, district, value, low, high, suppressed, suppressed ? SMALLEST_SHOWN : null);
        }

        public static Figure count(String key, long value) {
            return new Figure(key, null, value, null, null, false);
        }

        /** A count of persons: 1 or 2 is suppressed (it could point at a person); 0 is shown. */
        public static Figure persons(String key, long value) {
            return persons(key, value, SMALLEST_SHOWN);
        }

        /** A count of persons, suppressed from 1 to {@code smallest} − 1 (the disclosure policy's threshold). */
        public static Figure persons(String key, long value, int smallest) {
            boolean small = value > 0 && value < smallest;
            return new Figure(key, null, small ? null : value, null, null, small, small ? smallest : null);
        }

        public static Figure estimate(String key, Double value, Double low, Double high) {
            return new Figure(key, null, round(value), round(low), round(high), false);
        }

        public static Figure inDistrict(String key, String district, long value) {
            return new Figure(key, district, value, null, null, false);
        }

        /** The figure's identity across reports: section, key and district. */
        public String id(String section) {
            return section + "." + key + (district == null ? "" : "." + district);
        }

        private static Long round(Double v) {
            return v == null ? null : Math.round(v);
        }
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * The change of each figure since {@code previous} (by {@link Figure#id}); a figure absent or unknown in either
     * report, or suppressed in either, has no change (a difference could reveal a suppressed count).
     */
    public Map<String, Long> changesSince(SituationReport previous) {
        Map<String, Long> changes = new LinkedHashMap<>();
        if (previous == null) {
            return changes;
        }
        Map<String, Figure> before = new LinkedHashMap<>();
        for (Section s : previous.sections()) {
            for (Figure f : s.figures()) {
                before.put(f.id(s.key()), f);
            }
        }
        for (Section s : sections) {
            for (Figure f : s.figures()) {
                Figure old = before.get(f.id(s.key()));
                if (old != null && old.value() != null && f.value() != null) {
                    changes.put(f.id(s.key()), f.value() - old.value());
                }
            }
        }
        return changes;
    }
}
