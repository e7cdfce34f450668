package org.vidnova.incidents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strikes per Kyiv day and per district, as of a day, for reports that must state figures as they were on a date
 * (the dashboard's {@link IncidentFigures} counts the register as it is now).
 */
@Service
public class StrikeSeries {

    private final IncidentStats stats;

    StrikeSeries(IncidentStats stats) {
        this.stats = stats;
    }

    /** Strikes per day from {@code first} to {@code last} inclusive, every day present (0 when none). */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> perDay(LocalDate first, LocalDate last) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, 0L);
        }
        for (Map<String, Object> row : stats.rows(List.of(IncidentStats.Key.DAY), first, last, null)) {
            days.put(LocalDate.parse((String) row.get("day")), ((Number) row.get("incidents")).longValue());
        }
        return days;
    }

    /**
     * Strikes up to {@code last} inclusive (from {@code first}, or since the register began when null) per district
     * code; the key null is outside the city or unknown. Districts without strikes are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> byDistrict(LocalDate first, LocalDate last) {
        Map<String, Long> districts = new LinkedHashMap<>();
        for (Map<String, Object> row : stats.rows(List.of(IncidentStats.Key.DISTRICT), first, last, null)) {
            districts.put((String) row.get("district"), ((Number) row.get("incidents")).longValue());
        }
        return districts;
    }
}
