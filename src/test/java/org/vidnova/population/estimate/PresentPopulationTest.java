package org.vidnova.population.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The estimator on its own, against answers worked out by hand. */
class PresentPopulationTest {

    static final LocalDate D1 = LocalDate.of(2022, 3, 1);
    static final LocalDate D2 = D1.plusDays(1);
    static final LocalDate D3 = D1.plusDays(2);

    static Flow registered(LocalDate day, String district, Direction direction, long people, long households) {
        return new Flow(day, district, direction, people, households, null, null, null);
    }

    static Flow both(LocalDate day, String district, Direction direction, long registered, long counted, long low,
            long high) {
        return new Flow(day, district, direction, registered, 1, counted, low, high);
    }

    @Test
    void registrationsAloneAreCumulatedExactly() {
        // A: 1,000 before the war. Day 1: 300 leave. Day 2: 50 return, 20 arrive. Day 3: nothing.
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), List.of(
                registered(D1, "A", Direction.LEFT, 300, 100), registered(D2, "A", Direction.RETURNED, 50, 20),
                registered(D2, "A", Direction.ARRIVED, 20, 5)), D1, D3);
        assertThat(rows).extracting(DayEstimate::estimate).containsExactly(700L, 770L, 770L);
        assertThat(rows).extracting(DayEstimate::low).containsExactly(700L, 770L, 770L);
        assertThat(rows).extracting(DayEstimate::high).containsExactly(700L, 770L, 770L);
        assertThat(rows.get(1).returns()).isEqualTo(50);
        assertThat(rows.get(1).returnedHouseholds()).isEqualTo(20);
        assertThat(rows.get(1).net()).isEqualTo(70);
        assertThat(rows.get(1).netReturns()).isEqualTo(50);
        assertThat(rows.get(2).departures()).isZero();
    }

    @Test
    void flowsBeforeTheFirstDayAskedStillCount() {
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), List.of(
                registered(D1, "A", Direction.LEFT, 300, 100), registered(D3, "A", Direction.RETURNED, 10, 3)),
                D2, D3);
        assertThat(rows).extracting(DayEstimate::day).containsExactly(D2, D3);
        assertThat(rows).extracting(DayEstimate::estimate).containsExactly(700L, 710L);
        assertThat(rows.get(0).departures()).as("the day's own flows only").isZero();
    }

    @Test
    void aggregateIntervalsWidenTheEstimateAndOverlapTakesTheLarger() {
        // Day 1: 300 left by registrations, a transit point counted 400 (350..500): point 400, 350..500.
        // Day 2: 80 returned by registrations, telecom counted 60 (40..90): point 80, low max(80,40)=80, high 90.
        // Cumulated: day 1 = 1000-400 = 600, low 1000-500 = 500, high 1000-350 = 650.
        // Day 2 = 600+80 = 680, low 500+80 = 580, high 650+90 = 740.
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), List.of(
                both(D1, "A", Direction.LEFT, 300, 400, 350, 500), both(D2, "A", Direction.RETURNED, 80, 60, 40, 90)),
                D1, D2);
        assertThat(rows).extracting(DayEstimate::estimate).containsExactly(600L, 680L);
        assertThat(rows).extracting(DayEstimate::low).containsExactly(500L, 580L);
        assertThat(rows).extracting(DayEstimate::high).containsExactly(650L, 740L);
        assertThat(rows.get(1).returnsLow()).isEqualTo(80);
        assertThat(rows.get(1).returnsHigh()).isEqualTo(90);
    }

    @Test
    void districtsAreApartAndNeverBelowZeroAndWithoutBaselineUnknown() {
        List<DayEstimate> rows = PresentPopulation.series(List.of("A", "B"), Map.of("A", 100), List.of(
                both(D1, "A", Direction.LEFT, 0, 150, 90, 200), registered(D1, "B", Direction.ARRIVED, 7, 2),
                registered(D1, "C", Direction.ARRIVED, 999, 1), registered(D2, "A", Direction.RETURNED, 5, 1)),
                D1, D1);
        assertThat(rows).hasSize(2);
        DayEstimate a = rows.get(0);
        assertThat(a.district()).isEqualTo("A");
        assertThat(a.estimate()).isZero();
        assertThat(a.low()).isZero();
        assertThat(a.high()).isEqualTo(10);
        DayEstimate b = rows.get(1);
        assertThat(b.estimate()).isNull();
        assertThat(b.low()).isNull();
        assertThat(b.arrivals()).isEqualTo(7);
    }

    @Test
    void refusesAnInvertedRangeOrInterval() {
        assertThatThrownBy(() -> PresentPopulation.series(List.of("A"), Map.of(), List.of(), D2, D1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> both(D1, "A", Direction.LEFT, 0, 10, 11, 12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forThePublicSmallFlowsAreHeldUntilTheyGatherEnoughHouseholds() {
        // Smallest count 3. Day 1: one household of 5 returns. Day 2: one of 2. Day 3: one of 4 (3 households held:
        // released together, 11 people). Departures: 40 people in 10 households on day 2 (released at once).
        LocalDate d4 = D1.plusDays(3);
        List<Flow> flows = List.of(registered(D1, "A", Direction.RETURNED, 5, 1),
                registered(D2, "A", Direction.RETURNED, 2, 1), registered(D2, "A", Direction.LEFT, 40, 10),
                registered(D3, "A", Direction.RETURNED, 4, 1), registered(d4, "A", Direction.RETURNED, 3, 1));
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), flows, D1, d4, 3);
        assertThat(rows).extracting(DayEstimate::returns).containsExactly(0L, 0L, 11L, 0L);
        assertThat(rows).extracting(DayEstimate::returnedHouseholds).containsExactly(0L, 0L, 3L, 0L);
        assertThat(rows).extracting(DayEstimate::departures).containsExactly(0L, 40L, 0L, 0L);
        assertThat(rows).as("no difference between two days reveals a held household")
                .extracting(DayEstimate::estimate).containsExactly(1000L, 960L, 971L, 971L);

        List<DayEstimate> staff = PresentPopulation.series(List.of("A"), Map.of("A", 1000), flows, D1, d4);
        assertThat(staff).extracting(DayEstimate::estimate).containsExactly(1005L, 967L, 971L, 974L);
    }

    @Test
    void heldFlowsBeforeTheFirstDayAskedAreReleasedInsideTheSeries() {
        // Two households before the series starts are held; the third, inside it, releases all three on its day.
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), List.of(
                registered(D1, "A", Direction.LEFT, 3, 1), registered(D2, "A", Direction.LEFT, 3, 1),
                registered(D3, "A", Direction.LEFT, 3, 1)), D3, D3, 3);
        assertThat(rows.get(0).departures()).isEqualTo(9);
        assertThat(rows.get(0).estimate()).isEqualTo(991);
    }

    @Test
    void anAggregateCountIsHeldByItsPeopleNotItsHouseholds() {
        // A transit point counted 2 people (1..4) leaving: under 3 people, held; 30 (20..40) the next day: released
        // with the 2 held, and the interval cumulates both.
        List<DayEstimate> rows = PresentPopulation.series(List.of("A"), Map.of("A", 1000), List.of(
                new Flow(D1, "A", Direction.LEFT, 0, 0, 2L, 1L, 4L),
                new Flow(D2, "A", Direction.LEFT, 0, 0, 30L, 20L, 40L)), D1, D2, 3);
        assertThat(rows).extracting(DayEstimate::departures).containsExactly(0L, 32L);
        assertThat(rows).extracting(DayEstimate::low).containsExactly(1000L, 956L);
        assertThat(rows).extracting(DayEstimate::high).containsExactly(1000L, 979L);
    }
}
