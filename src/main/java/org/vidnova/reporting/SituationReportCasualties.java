package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.casualties.CasualtyFigures;
import org.vidnova.casualties.KilledFigures;

/**
 * The killed: reports received on every list (not yet linked), documented persons after linkage and the estimate with its 95% interval, as of the last linkage run
 * (the casualty register has no history by day, so this section states the run's time, not the report's day).
 */
@Component
@Order(20)
class SituationReportCasualties implements SituationReportPart {

    private final CasualtyFigures casualties;

    SituationReportCasualties(CasualtyFigures casualties) {
        this.casualties = casualties;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        KilledFigures k = casualties.killed();
        return new SituationReport.Section("casualties", k.linkedAt(), "/casualties/method", List.of(
                SituationReport.Figure.persons("killedReported", casualties.reportedKilled()),
                SituationReport.Figure.persons("killedDocumented", k.documented()),
                SituationReport.Figure.estimate("killedEstimated", k.estimate(), k.low(), k.high())), null);
    }
}
