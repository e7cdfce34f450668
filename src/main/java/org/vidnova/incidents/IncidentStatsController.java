package org.vidnova.incidents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

    private final IncidentStats stats;
    private final DistrictSummaries summaries;

    IncidentStatsController(IncidentStats stats, DistrictSummaries summaries) {
        this.stats = stats;
        this.summaries = summaries;
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
    DistrictSummaries.Summary summary() {
        return summaries.summary();
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
