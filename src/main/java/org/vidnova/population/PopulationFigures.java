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

    @Transactional(readOnly = true)
    public PresentPopulation asOf(LocalDate day) {
        List<Present> districts = new ArrayList<>();
        long estimate = 0;
        long low = 0;
        long high = 0;
        for (DayEstimate e : estimates.series(day, day, null)) {
            if (e.estimate() != null) {
                districts.add(new Present(e.district(), e.estimate(), e.low(), e.high()));
                estimate += e.estimate();
                low += e.low();
                high += e.high();
            }
        }
        return new PresentPopulation(day, new Present(null, estimate, low, high), districts);
    }

    /** The seven days ending with {@code day}, oldest first. */
    @Transactional(readOnly = true)
    public List<DayReturns> returnsLastWeek(LocalDate day) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (DayEstimate e : estimates.series(day.minusDays(6), day, null)) {
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
