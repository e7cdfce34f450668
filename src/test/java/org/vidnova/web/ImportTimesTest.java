package org.vidnova.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ImportTimesTest {

    static Instant instant(String text) {
        return ImportTimes.parse(text).orElseThrow().instant();
    }

    @Test
    void readsOffsetsZuluLocalTimesAndDates() {
        assertThat(instant("2022-03-01T10:15:30+02:00")).isEqualTo(Instant.parse("2022-03-01T08:15:30Z"));
        assertThat(instant("2022-03-01T10:15:30+0200")).isEqualTo(Instant.parse("2022-03-01T08:15:30Z"));
        assertThat(instant("2022-03-01T10:15:30z")).isEqualTo(Instant.parse("2022-03-01T10:15:30Z"));
        assertThat(instant("2022-03-01 10:15Z")).isEqualTo(Instant.parse("2022-03-01T10:15:00Z"));
        // Without an offset: Kyiv, winter (UTC+2) and summer (UTC+3).
        assertThat(instant("2022-03-01T10:15")).isEqualTo(Instant.parse("2022-03-01T08:15:00Z"));
        assertThat(instant("2022-07-01 10:15:00")).isEqualTo(Instant.parse("2022-07-01T07:15:00Z"));
        // A date: Kyiv's midnight, and the answer says it was a date only.
        ImportTimes.Parsed day = ImportTimes.parse(" 2022-07-02 ").orElseThrow();
        assertThat(day.instant()).isEqualTo(Instant.parse("2022-07-01T21:00:00Z"));
        assertThat(day.dateOnly()).isTrue();
        assertThat(day.day()).hasToString("2022-07-02");
        assertThat(ImportTimes.parse("2022-07-02T00:00Z").orElseThrow().dateOnly()).isFalse();
    }

    @Test
    void refusesWhatIsNoneOfTheForms() {
        for (String text : new String[] {"", "  ", "01/02/2022", "2022-02-30", "2022-03-01T25:00", "13 May 2022",
            "2022-03-01T10:15+2", "yesterday"}) {
            assertThat(ImportTimes.parse(text)).as(text).isEmpty();
        }
        assertThat(ImportTimes.parse(null)).isEmpty();
    }
}
