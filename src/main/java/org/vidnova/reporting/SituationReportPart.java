package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One module's contribution to the situation report. A new module (population, recovery) joins the report by
 * adding one bean implementing this, with its labels under {@code report.section.<key>} and
 * {@code report.figure.<figure key>}; the gathering, the archive, the deltas and the rendering need no change.
 * Beans are ordered by {@link org.springframework.core.annotation.Order}.
 */
interface SituationReportPart {

    /** The figures as of the Kyiv {@code day}; {@code asOf} is the end of that day or now, whichever is earlier. */
    SituationReport.Section gather(LocalDate day, Instant asOf);
}
