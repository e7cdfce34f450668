package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.recovery.RecoveryFigures;

/**
 * Reconstruction: projects under way and completed, money committed and spent. The project register keeps only
 * the current status, so this section is as of the time the report is made.
 */
@Component
@Order(60)
class SituationReportRecovery implements SituationReportPart {

    private final RecoveryFigures recovery;

    SituationReportRecovery(RecoveryFigures recovery) {
        this.recovery = recovery;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        RecoveryFigures.Figures f = recovery.now();
        return new SituationReport.Section("recovery", Instant.now(), "/recovery", List.of(
                SituationReport.Figure.count("underWay", f.projectsByStatus().getOrDefault("implementation", 0L)
                        + f.projectsByStatus().getOrDefault("completion", 0L)),
                SituationReport.Figure.count("completed", f.projectsByStatus().getOrDefault("completed", 0L)),
                SituationReport.Figure.count("committedUah", f.committed()),
                SituationReport.Figure.count("spentUah", f.spent())), null);
    }
}
