package org.vidnova.population.estimate;

import java.time.LocalDate;

/**
 * A district's present population at the end of a Kyiv day, with its interval, and that day's flows (points by the
 * overlap rule of {@link Flow}). {@code estimate}, {@code low} and {@code high} are null where the district has no
 * pre-war baseline. {@code returnsLow}..{@code returnsHigh} is the interval of the day's returns.
 */
public record DayEstimate(String district, LocalDate day, Long estimate, Long low, Long high, long departures,
        long returns, long arrivals, long returnsLow, long returnsHigh, long returnedHouseholds) {

    /** People gained (or, negative, lost) by the day's moves. */
    public long net() {
        return returns + arrivals - departures;
    }

    /** Returns less departures: whether the district's own people are coming back or still leaving. */
    public long netReturns() {
        return returns - departures;
    }
}
