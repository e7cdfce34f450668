package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.shelters.Alerts;
import org.vidnova.shelters.OpenShelters;
import org.vidnova.shelters.ShelterRegister;

/**
 * Shelters open, their places and the alerts active. The register keeps only the current status, so this section
 * is as of the time the report is made.
 */
@Component
@Order(40)
class SituationReportShelters implements SituationReportPart {

    private final ShelterRegister shelters;
    private final Alerts alerts;

    SituationReportShelters(ShelterRegister shelters, Alerts alerts) {
        this.shelters = shelters;
        this.alerts = alerts;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        OpenShelters open = shelters.open();
        return new SituationReport.Section("shelters", Instant.now(), "/shelters", List.of(
                SituationReport.Figure.count("open", open.count()),
                SituationReport.Figure.count("capacity", open.capacity()),
                SituationReport.Figure.count("activeAlerts", alerts.active().size())), null);
    }
}
