package org.vidnova.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incidents module's figures for the city's dashboard (aggregates only). */
@Service
public class IncidentFigures {

    private final IncidentQueries queries;
    private final DistrictSummaries summaries;

    IncidentFigures(IncidentQueries queries, DistrictSummaries summaries) {
        this.queries = queries;
        this.summaries = summaries;
    }

    /** Strikes in the 24 hours and 7 days before {@code now}, in the register, and the last one. */
    @Transactional(readOnly = true)
    public StrikeFigures at(Instant now) {
        DistrictSummaries.Summary s = summaries.summary();
        long total = s.outsideCityOrUnknown().incidents()
                + s.districts().stream().mapToLong(DistrictSummaries.DistrictSummary::incidents).sum();
        Instant last = s.districts().stream().map(DistrictSummaries.DistrictSummary::lastStrikeAt)
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new StrikeFigures(since(now, Duration.ofHours(24)), since(now, Duration.ofDays(7)), total, last);
    }

    private long since(Instant now, Duration span) {
        return queries.count(new IncidentRepository.Filter(null, null, null, now.minus(span), now, null, null));
    }
}
