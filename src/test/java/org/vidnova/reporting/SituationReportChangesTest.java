package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Changes between two reports, figure by figure, and the suppression of small counts of persons. */
class SituationReportChangesTest {

    private static SituationReport report(SituationReport.Figure... figures) {
        return new SituationReport(LocalDate.of(2022, 5, 1), Instant.EPOCH,
                List.of(new SituationReport.Section("s", Instant.EPOCH, "/x", List.of(figures), null)));
    }

    @Test
    void aChangeIsTheDifferenceOfTheSameFigureInDistrictsToo() {
        SituationReport before = report(SituationReport.Figure.count("total", 10),
                SituationReport.Figure.inDistrict("total", "A", 4), SituationReport.Figure.inDistrict("total", "B", 6));
        SituationReport after = report(SituationReport.Figure.count("total", 13),
                SituationReport.Figure.inDistrict("total", "A", 7), SituationReport.Figure.inDistrict("total", "B", 5),
                SituationReport.Figure.count("new", 1));
        assertThat(after.changesSince(before)).containsExactly(java.util.Map.entry("s.total", 3L),
                java.util.Map.entry("s.total.A", 3L), java.util.Map.entry("s.total.B", -1L));
        assertThat(after.changesSince(null)).isEmpty();
    }

    @Test
    void oneOrTwoPersonsAreSuppressedAndHaveNoChange() {
        assertThat(SituationReport.Figure.persons("k", 0).value()).isZero();
        assertThat(SituationReport.Figure.persons("k", 1).suppressed()).isTrue();
        assertThat(SituationReport.Figure.persons("k", 2).value()).isNull();
        assertThat(SituationReport.Figure.persons("k", 3).value()).isEqualTo(3);
        // From 2 (suppressed) to 5: the change would reveal the suppressed count, so none is given.
        assertThat(report(SituationReport.Figure.persons("k", 5))
                .changesSince(report(SituationReport.Figure.persons("k", 2)))).isEmpty();
    }

    @Test
    void anEstimateIsRoundedWithItsInterval() {
        SituationReport.Figure f = SituationReport.Figure.estimate("e", 120.6, 99.4, 160.5);
        assertThat(List.of(f.value(), f.low(), f.high())).containsExactly(121L, 99L, 161L);
        assertThat(SituationReport.Figure.estimate("e", null, null, null).value()).isNull();
    }
}
