package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.vidnova.web.ImportTimes;

/** Gathers the situation report's figures of a Kyiv day from every module's {@link SituationReportPart}. */
@Service
class SituationReports {

    private final List<SituationReportPart> parts;

    SituationReports(List<SituationReportPart> parts) {
        this.parts = parts;
    }

    SituationReport gather(LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(ImportTimes.KYIV).toInstant();
        Instant now = Instant.now();
        Instant asOf = endOfDay.isBefore(now) ? endOfDay : now;
        return new SituationReport(day, asOf, parts.stream().map(p -> p.gather(day, asOf)).toList());
    }
}
