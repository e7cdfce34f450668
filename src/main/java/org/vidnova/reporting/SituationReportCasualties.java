package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.casualties.CasualtyFigures;
import org.vidnova.casualties.KilledFigures;
import org.vidnova.disclosure.Disclosure;

/**
 * The killed: reports received on every list (not yet linked), documented persons after linkage and the estimate with its 95% interval, as of the last linkage run
 * (the casualty register has no history by day, so this section states the run's time, not the report's day).
 */
@Component
@Order(20)
class SituationReportCasualties implements SituationReportPart {

    private final CasualtyFigures casualties;
    private final Disclosure disclosure;

    SituationReportCasualties(CasualtyFigures casualties, Disclosure disclosure) {
        this.casualties = casualties;
        this.disclosure = disclosure;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        KilledFigures k = casualties.killed();
        int smallest = disclosure.policy().smallestCount();
        return new SituationReport.Section("casualties", k.linkedAt(), "/casualties/method", List.of(
                SituationReport.Figure.persons("killedReported", casualties.reportedKilled(), smallest),
                SituationReport.Figure.persons("killedDocumented", k.documented(), smallest),
                SituationReport.Figure.estimate("killedEstimated", k.estimate(), k.low(), k.high())), null);
    }
}
