package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.population.PopulationFigures;

/**
 * The people present in the city on the report's day, with the interval the sources allow, and those who returned in
 * the seven days to it.
 */
@Component
@Order(50)
class SituationReportPopulation implements SituationReportPart {

    private final PopulationFigures population;

    SituationReportPopulation(PopulationFigures population) {
        this.population = population;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        PopulationFigures.Week week = population.week(day);
        PopulationFigures.Present city = week.present().city();
        long returned = week.returns().stream().mapToLong(PopulationFigures.DayReturns::returns).sum();
        return new SituationReport.Section("population", asOf, "/population", List.of(
                SituationReport.Figure.estimate("present", (double) city.estimate(), (double) city.low(),
                        (double) city.high()),
                SituationReport.Figure.count("returned7d", returned)), null);
    }
}
