package org.vidnova.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportTimes;

/** Public statistics of the register: aggregates only, by district and Kyiv day, week, month or hour of day. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentStatsController {

    /** The answer to a statistics request; null keys (outside the city, hour unknown) are written as null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Stats(String timeZone, List<String> by, String from, String to,
            @JsonInclude(content = JsonInclude.Include.ALWAYS) List<Map<String, Object>> rows) {
    }

    /** One district's summary; {@code district} null is outside the city or unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DistrictSummary(String district, String nameUk, String nameEn, long incidents, long killed,
            long injured, Instant lastStrikeAt, Long daysSinceLastStrike, Integer busiestHour, Double areaKm2,
            Double strikesPerKm2) {
    }

    record Summary(String timeZone, LocalDate today, List<DistrictSummary> districts,
            DistrictSummary outsideCityOrUnknown) {
    }

    private final IncidentStats stats;
    private final IncidentRepository incidents;
    private final Districts districts;

    IncidentStatsController(IncidentStats stats, IncidentRepository incidents, Districts districts) {
        this.stats = stats;
        this.incidents = incidents;
        this.districts = districts;
    }

    /**
     * {@code by}: one or two of district, day, week, month, hour, comma-separated. {@code from}, {@code to}: Kyiv
     * dates, both inclusive. {@code type}: one or more types. Killed and injured sum the known counts;
     * {@code killedUnknown} and {@code injuredUnknown} count the incidents whose count is not known.
     */
    @GetMapping("/stats")
    Stats stats(@RequestParam String by, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String type) {
        List<IncidentStats.Key> keys = keys(by);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        List<String> types = IncidentQueries.types(type);
        return new Stats(ImportTimes.KYIV.getId(), keys.stream().map(IncidentStats.Key::field).toList(),
                start == null ? null : start.toString(), end == null ? null : end.toString(),
                stats.rows(keys, start, end, types));
    }

    /**
     * Per district: incidents, known killed and injured, the last strike and the days since (Kyiv today), the
     * busiest local hour of day (among incidents whose hour is known) and incidents per square kilometre.
     */
    @GetMapping("/districts/summary")
    Summary summary() {
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        Map<String, long[]> totals = stats.totals();
        Map<String, Integer> hours = stats.busiestHours();
        Map<String, LocalDate> lastDays = stats.lastDays();
        List<DistrictSummary> rows = new ArrayList<>();
        for (District d : districts.all()) {
            rows.add(summary(d.code(), d, totals, hours, lastDays, today));
        }
        return new Summary(ImportTimes.KYIV.getId(), today, rows,
                summary(null, null, totals, hours, lastDays, today));
    }

    private DistrictSummary summary(String code, District d, Map<String, long[]> totals, Map<String, Integer> hours,
            Map<String, LocalDate> lastDays, LocalDate today) {
        long[] t = totals.getOrDefault(code, new long[3]);
        LocalDate lastDay = lastDays.get(code);
        Instant last = lastDay == null ? null : incidents.lastOccurred(code, lastDay).orElse(null);
        Long days = last == null ? null
                : ChronoUnit.DAYS.between(last.atZone(ImportTimes.KYIV).toLocalDate(), today);
        Double area = d == null ? null : d.areaKm2();
        Double perKm2 = area == null || area <= 0 ? null : Math.round(t[0] / area * 1000) / 1000.0;
        return new DistrictSummary(code, d == null ? null : d.nameUk(), d == null ? null : d.nameEn(), t[0], t[1],
                t[2], last, days, hours.get(code), area, perKm2);
    }

    private static List<IncidentStats.Key> keys(String by) {
        List<IncidentStats.Key> keys = new ArrayList<>();
        ApiProblem bad = ApiProblem.badRequest("by", "must be one or two of district, day, week, month, hour,"
                + " comma-separated");
        for (String part : by.split(",")) {
            IncidentStats.Key key = java.util.Arrays.stream(IncidentStats.Key.values())
                    .filter(k -> k.field().equalsIgnoreCase(part.strip())).findFirst().orElseThrow(() -> bad);
            if (keys.contains(key)) {
                throw bad;
            }
            keys.add(key);
        }
        if (keys.isEmpty() || keys.size() > 2) {
            throw bad;
        }
        return keys;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, "must be a date YYYY-MM-DD (a day in Kyiv)");
        }
    }
}
