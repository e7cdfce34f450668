package org.vidnova.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.web.ImportTimes;

/** The incidents module's figures for the city's dashboard (aggregates only). */
@Service
public class IncidentFigures {

    private final IncidentQueries queries;
    private final DistrictSummaries summaries;
    private final StrikeSeries series;

    IncidentFigures(IncidentQueries queries, DistrictSummaries summaries, StrikeSeries series) {
        this.queries = queries;
        this.summaries = summaries;
        this.series = series;
    }

    /** Strikes in the 24 hours and 7 days before {@code now}, in the register, and the last one. */
    @Transactional(readOnly = true)
    public StrikeFigures at(Instant now) {
        DistrictSummaries.Summary s = summaries.summary();
        long total = s.outsideCityOrUnknown().incidents()
                + s.districts().stream().mapToLong(DistrictSummaries.DistrictSummary::incidents).sum();
        Instant last = s.districts().stream().map(DistrictSummaries.DistrictSummary::lastStrikeAt)
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new StrikeFigures(since(now, Duration.ofHours(24), null), since(now, Duration.ofDays(7), null), total,
                last);
    }

    /**
     * The same as of the end of a Kyiv day (or {@code now}, if earlier), for the city ({@code district} null) or
     * one district by code: the total counts whole days up to that day, from the daily statistics.
     */
    @Transactional(readOnly = true)
    public StrikeFigures asOf(LocalDate day, String district, Instant now) {
        Instant end = day.plusDays(1).atStartOfDay(ImportTimes.KYIV).toInstant();
        Instant until = end.isAfter(now) ? now : end;
        Map<String, Long> byDistrict = series.byDistrict(null, day);
        long total = district == null ? byDistrict.values().stream().mapToLong(Long::longValue).sum()
                : byDistrict.getOrDefault(district, 0L);
        Instant last = queries.find(new IncidentRepository.Filter(null, district, null, null, until, null, null), 0, 1)
                .stream().map(Incident::occurredAt).findFirst().orElse(null);
        return new StrikeFigures(since(until, Duration.ofHours(24), district),
                since(until, Duration.ofDays(7), district), total, last);
    }

    private long since(Instant now, Duration span, String district) {
        return queries.count(new IncidentRepository.Filter(null, district, null, now.minus(span), now, null, null));
    }
}
