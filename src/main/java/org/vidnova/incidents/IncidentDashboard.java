package org.vidnova.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;

/**
 * What the public incidents page shows for a period: per district the strikes and their toll, the hour-of-day heat
 * map and the timeline, all from the aggregate tables, so the page costs a few small queries however large the
 * register grows.
 */
@Component
class IncidentDashboard {

    /** A district's row for the period; {@code code} null is outside the city or unknown. */
    record DistrictRow(String code, String nameUk, String nameEn, long incidents, long killed, long injured,
            Double perKm2, double shade) {
    }

    /** A district's strikes per local hour of day (0–23), and those whose hour is not known. */
    record HourRow(String code, String nameUk, String nameEn, long[] hours, long hourUnknown, long max) {

        /** A cell's opacity, 0 for no strike, up to 1 for the busiest cell of the whole map. */
        public double shade(int hour, long mapMax) {
            return mapMax == 0 || hours[hour] == 0 ? 0 : Math.round(100.0 * (0.15 + 0.85 * hours[hour] / mapMax)) / 100.0;
        }
    }

    /** A stacked timeline: one label per bucket and, per district, the strikes in each bucket. */
    record Timeline(String bucket, List<String> labels, List<Series> series) {
    }

    record Series(String code, String nameUk, String nameEn, List<Long> counts) {
    }

    record Period(List<DistrictRow> districts, DistrictRow outside, List<HourRow> hours, long hourMax,
            Timeline timeline, long total) {
    }

    private final IncidentStats stats;
    private final Districts districts;

    IncidentDashboard(IncidentStats stats, Districts districts) {
        this.stats = stats;
        this.districts = districts;
    }

    Period period(LocalDate from, LocalDate to, List<String> types) {
        List<Map<String, Object>> byDistrict = stats.rows(List.of(IncidentStats.Key.DISTRICT), from, to, types);
        Map<String, Map<String, Object>> rows = new HashMap<>();
        byDistrict.forEach(r -> rows.put((String) r.get("district"), r));
        double maxDensity = 0;
        for (District d : districts.all()) {
            maxDensity = Math.max(maxDensity, density(count(rows.get(d.code()), "incidents"), d));
        }
        List<DistrictRow> table = new ArrayList<>();
        long total = 0;
        for (District d : districts.all()) {
            Map<String, Object> r = rows.get(d.code());
            double density = density(count(r, "incidents"), d);
            table.add(new DistrictRow(d.code(), d.nameUk(), d.nameEn(), count(r, "incidents"), count(r, "killed"),
                    count(r, "injured"), d.areaKm2() > 0 ? Math.round(density * 100) / 100.0 : null,
                    maxDensity == 0 ? 0 : density / maxDensity));
            total += count(r, "incidents");
        }
        Map<String, Object> out = rows.get(null);
        DistrictRow outside = new DistrictRow(null, null, null, count(out, "incidents"), count(out, "killed"),
                count(out, "injured"), null, 0);
        total += outside.incidents();
        List<HourRow> hours = hours(from, to, types);
        return new Period(table, outside, hours, hours.stream().mapToLong(HourRow::max).max().orElse(0),
                timeline(from, to, types), total);
    }

    private List<HourRow> hours(LocalDate from, LocalDate to, List<String> types) {
        Map<String, long[]> cells = new LinkedHashMap<>();
        Map<String, Long> unknown = new HashMap<>();
        for (Map<String, Object> r : stats.rows(List.of(IncidentStats.Key.DISTRICT, IncidentStats.Key.HOUR), from,
                to, types)) {
            String code = (String) r.get("district");
            Integer hour = (Integer) r.get("hour");
            if (hour == null) {
                unknown.merge(code, count(r, "incidents"), Long::sum);
            } else {
                cells.computeIfAbsent(code, c -> new long[24])[hour] += count(r, "incidents");
            }
        }
        List<HourRow> result = new ArrayList<>();
        for (District d : districts.all()) {
            long[] h = cells.getOrDefault(d.code(), new long[24]);
            result.add(new HourRow(d.code(), d.nameUk(), d.nameEn(), h, unknown.getOrDefault(d.code(), 0L), max(h)));
        }
        if (cells.containsKey(null) || unknown.containsKey(null)) {
            long[] h = cells.getOrDefault(null, new long[24]);
            result.add(new HourRow(null, null, null, h, unknown.getOrDefault(null, 0L), max(h)));
        }
        return result;
    }

    /**
     * Strikes per district and bucket: days for a period up to three months, weeks (from Monday) up to two years,
     * months beyond; an open period takes its length from the data.
     */
    private Timeline timeline(LocalDate from, LocalDate to, List<String> types) {
        List<Map<String, Object>> days = stats.rows(List.of(IncidentStats.Key.DISTRICT, IncidentStats.Key.DAY), from,
                to, types);
        TreeSet<LocalDate> seen = new TreeSet<>();
        days.forEach(r -> seen.add(LocalDate.parse((String) r.get("day"))));
        if (seen.isEmpty()) {
            return new Timeline("day", List.of(), List.of());
        }
        LocalDate first = from != null ? from : seen.first();
        LocalDate last = to != null ? to : seen.last();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        String bucket = span <= 92 ? "day" : span <= 731 ? "week" : "month";
        TreeSet<String> labels = new TreeSet<>();
        for (LocalDate d = start(first, bucket); !d.isAfter(last); d = next(d, bucket)) {
            labels.add(label(d, bucket));
        }
        Map<String, Map<String, Long>> byDistrict = new LinkedHashMap<>();
        for (Map<String, Object> r : days) {
            String label = label(LocalDate.parse((String) r.get("day")), bucket);
            byDistrict.computeIfAbsent((String) r.get("district"), c -> new HashMap<>())
                    .merge(label, count(r, "incidents"), Long::sum);
        }
        List<String> ordered = List.copyOf(labels);
        List<Series> series = new ArrayList<>();
        for (District d : districts.all()) {
            series.add(series(d.code(), d.nameUk(), d.nameEn(), byDistrict.get(d.code()), ordered));
        }
        if (byDistrict.containsKey(null)) {
            series.add(series(null, null, null, byDistrict.get(null), ordered));
        }
        return new Timeline(bucket, ordered, series);
    }

    private static Series series(String code, String uk, String en, Map<String, Long> counts, List<String> labels) {
        Map<String, Long> c = counts == null ? Map.of() : counts;
        return new Series(code, uk, en, labels.stream().map(l -> c.getOrDefault(l, 0L)).toList());
    }

    private static LocalDate start(LocalDate d, String bucket) {
        return switch (bucket) {
            case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> d.withDayOfMonth(1);
            default -> d;
        };
    }

    private static LocalDate next(LocalDate d, String bucket) {
        return switch (bucket) {
            case "week" -> d.plusWeeks(1);
            case "month" -> d.plusMonths(1);
            default -> d.plusDays(1);
        };
    }

    private static String label(LocalDate d, String bucket) {
        LocalDate s = start(d, bucket);
        return "month".equals(bucket) ? s.toString().substring(0, 7) : s.toString();
    }

    private static double density(long incidents, District d) {
        return d.areaKm2() > 0 ? incidents / d.areaKm2() : 0;
    }

    private static long count(Map<String, Object> row, String field) {
        return row == null ? 0 : ((Number) row.get(field)).longValue();
    }

    private static long max(long[] values) {
        long m = 0;
        for (long v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
