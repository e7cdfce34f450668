package org.vidnova.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.population.estimate.DayEstimate;

/**
 * The population module's figures for the city's dashboard: present population city-wide and per district as of a
 * day with its interval, and people returning per day over the last seven days. City-wide figures sum the districts
 * that have a pre-war baseline (all nine do); the city's interval is the sum of the districts' (each end cumulated
 * the same worst-case way).
 */
@Service
public class PopulationFigures {

    /** A district's (or, with a null district, the city's) present population and its interval. */
    public record Present(String district, long estimate, long low, long high) {
    }

    public record PresentPopulation(LocalDate day, Present city, List<Present> districts) {
    }

    /** People returning to the city on a day, with the interval of the sources. */
    public record DayReturns(LocalDate day, long returns, long low, long high, long households) {
    }

    private final PopulationEstimates estimates;

    PopulationFigures(PopulationEstimates estimates) {
        this.estimates = estimates;
    }

    /** The present population on a day and the week of returns ending with it. */
    public record Week(PresentPopulation present, List<DayReturns> returns) {
    }

    @Transactional(readOnly = true)
    public PresentPopulation asOf(LocalDate day) {
        return present(day, estimates.series(day, day, null));
    }

    /**
     * The present population on {@code day} and the returns of the seven days ending with it, oldest first: the
     * series is cumulated from the first flow, so it is read once for both.
     */
    @Transactional(readOnly = true)
    public Week week(LocalDate day) {
        List<DayEstimate> rows = estimates.series(day.minusDays(6), day, null);
        return new Week(present(day, rows.stream().filter(e -> e.day().equals(day)).toList()), returns(rows));
    }

    private static PresentPopulation present(LocalDate day, List<DayEstimate> rows) {
        List<Present> districts = new ArrayList<>();
        long estimate = 0;
        long low = 0;
        long high = 0;
        for (DayEstimate e : rows) {
            if (e.estimate() != null) {
                districts.add(new Present(e.district(), e.estimate(), e.low(), e.high()));
                estimate += e.estimate();
                low += e.low();
                high += e.high();
            }
        }
        return new PresentPopulation(day, new Present(null, estimate, low, high), districts);
    }

    private static List<DayReturns> returns(List<DayEstimate> rows) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (DayEstimate e : rows) {
            long[] r = byDay.computeIfAbsent(e.day(), d -> new long[4]);
            r[0] += e.returns();
            r[1] += e.returnsLow();
            r[2] += e.returnsHigh();
            r[3] += e.returnedHouseholds();
        }
        return byDay.entrySet().stream().map(x -> new DayReturns(x.getKey(), x.getValue()[0], x.getValue()[1],
                x.getValue()[2], x.getValue()[3])).toList();
    }
}
