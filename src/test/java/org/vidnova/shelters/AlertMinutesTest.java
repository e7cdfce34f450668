package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AlertMinutesTest {

    static Instant kyiv(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(AlertMinutes.KYIV).toInstant();
    }

    @Test
    void overlappingAlertsOnOneDistrictCountOnce() {
        var rows = AlertMinutes.of(List.of(
                new AlertMinutes.Span("A", kyiv("2022-03-01T10:00"), kyiv("2022-03-01T11:00")),
                new AlertMinutes.Span("A", kyiv("2022-03-01T10:30"), kyiv("2022-03-01T11:30")),
                new AlertMinutes.Span("B", kyiv("2022-03-01T10:00"), kyiv("2022-03-01T10:20"))),
                LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-01"));
        assertThat(rows).containsExactly(new AlertMinutes.Row("A", LocalDate.parse("2022-03-01"), 90),
                new AlertMinutes.Row("B", LocalDate.parse("2022-03-01"), 20));
    }

    @Test
    void anAlertOverMidnightIsSplitAtLocalMidnight() {
        var rows = AlertMinutes.of(List.of(
                new AlertMinutes.Span("A", kyiv("2022-03-01T23:00"), kyiv("2022-03-02T01:30"))),
                LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-02"));
        assertThat(rows).containsExactly(new AlertMinutes.Row("A", LocalDate.parse("2022-03-01"), 60),
                new AlertMinutes.Row("A", LocalDate.parse("2022-03-02"), 90));
    }

    @Test
    void dstChangeDayHas23HoursAndOnlyTheWindowCounts() {
        // Kyiv moved clocks forward on 27 March 2022: that local day has 23 hours.
        var rows = AlertMinutes.of(List.of(
                new AlertMinutes.Span("A", kyiv("2022-03-26T12:00"), kyiv("2022-03-28T12:00"))),
                LocalDate.parse("2022-03-27"), LocalDate.parse("2022-03-27"));
        assertThat(rows).containsExactly(new AlertMinutes.Row("A", LocalDate.parse("2022-03-27"), 23 * 60));
    }
}
