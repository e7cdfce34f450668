package org.vidnova.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.stereotype.Component;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ImportTimes;

/** Each district's record of strikes to date: the API's summary and the "days since" of the public page. */
@Component
class DistrictSummaries {

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

    DistrictSummaries(IncidentStats stats, IncidentRepository incidents, Districts districts) {
        this.stats = stats;
        this.incidents = incidents;
        this.districts = districts;
    }

    /**
     * Per district: incidents, known killed and injured, the last strike and the days since (Kyiv today), the
     * busiest local hour of day (among incidents whose hour is known) and incidents per square kilometre.
     */
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
}
