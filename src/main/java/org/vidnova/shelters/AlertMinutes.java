package org.vidnova.shelters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minutes under alert per district and local day (Europe/Kyiv). Overlapping alerts on one district count once:
 * the intervals are merged before they are split at local midnights. Plain Java.
 */
final class AlertMinutes {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    /** One row of the history. */
    record Row(String district, LocalDate day, long minutes) {
    }

    /** A span of alert on one district. */
    record Span(String district, Instant from, Instant to) {
    }

    private AlertMinutes() {
    }

    /** Rows for the local days from {@code first} to {@code last} inclusive, ordered by district then day. */
    static List<Row> of(List<Span> spans, LocalDate first, LocalDate last) {
        Instant windowStart = first.atStartOfDay(KYIV).toInstant();
        Instant windowEnd = last.plusDays(1).atStartOfDay(KYIV).toInstant();
        Map<String, List<Span>> byDistrict = new TreeMap<>();
        for (Span s : spans) {
            byDistrict.computeIfAbsent(s.district(), k -> new ArrayList<>()).add(s);
        }
        List<Row> rows = new ArrayList<>();
        byDistrict.forEach((district, list) -> {
            Map<LocalDate, Long> seconds = new TreeMap<>();
            for (Span merged : merge(list)) {
                Instant from = max(merged.from(), windowStart);
                Instant to = min(merged.to(), windowEnd);
                while (from.isBefore(to)) {
                    ZonedDateTime local = from.atZone(KYIV);
                    Instant midnight = local.toLocalDate().plusDays(1).atStartOfDay(KYIV).toInstant();
                    Instant end = min(midnight, to);
                    seconds.merge(local.toLocalDate(), end.getEpochSecond() - from.getEpochSecond(), Long::sum);
                    from = end;
                }
            }
            seconds.forEach((day, s) -> rows.add(new Row(district, day, Math.round(s / 60.0))));
        });
        return rows;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Span(last.district(), last.from(), max(last.to(), s.to())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
