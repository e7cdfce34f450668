package org.vidnova.population;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.population.estimate.DayEstimate;
import org.vidnova.population.estimate.Direction;
import org.vidnova.population.estimate.Flow;
import org.vidnova.population.estimate.PresentPopulation;

/**
 * The present-population series from the daily sums: one scan of {@code population_flow_day} up to the last day
 * asked (at most 9 districts x 3 directions a day), then the cumulation in {@link PresentPopulation}. The public
 * (no one signed in: the API, the pages, the dashboard and the situation report) gets the series with small flows held
 * back under the disclosure policy's smallest count; staff get the register's figures.
 */
@Service
class PopulationEstimates {

    private final JdbcTemplate jdbc;
    private final Districts districts;
    private final Disclosure disclosure;

    PopulationEstimates(JdbcTemplate jdbc, Districts districts, Disclosure disclosure) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.disclosure = disclosure;
    }

    /** How the series the caller gets is computed: the method, and for the public what is held back. */
    public String method() {
        return PresentPopulation.METHOD + disclosure.forPublic().map(DisclosurePolicy::smallestCount)
                .filter(n -> n > 1).map(PresentPopulation::heldBack).orElse("");
    }

    /** Series of one district (a code) or of all (null), from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<DayEstimate> series(LocalDate from, LocalDate to, String district) {
        List<District> chosen = district == null ? districts.all()
                : districts.byCode(district).map(List::of).orElse(List.of());
        Map<String, Integer> baseline = new HashMap<>();
        chosen.forEach(d -> baseline.put(d.code(), d.population()));
        int smallest = disclosure.forPublic().map(DisclosurePolicy::smallestCount).orElse(0);
        return PresentPopulation.series(chosen.stream().map(District::code).toList(), baseline,
                flows(to, district), from, to, smallest);
    }

    /** The first day with a recorded flow, if any. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDay() {
        Date first = jdbc.queryForObject("SELECT MIN(local_day) FROM population_flow_day", Date.class);
        return Optional.ofNullable(first).map(Date::toLocalDate);
    }

    private List<Flow> flows(LocalDate to, String district) {
        List<Flow> flows = new ArrayList<>();
        String sql = "SELECT local_day, district_code, direction, registered_people, registered_households,"
                + " counted_people, counted_low, counted_high FROM population_flow_day WHERE local_day <= ?"
                + (district == null ? "" : " AND district_code = ?");
        Object[] args = district == null ? new Object[] {Date.valueOf(to)} : new Object[] {Date.valueOf(to), district};
        jdbc.query(sql, rs -> {
            long counted = rs.getLong(6);
            boolean wasCounted = !rs.wasNull();
            flows.add(new Flow(rs.getDate(1).toLocalDate(), rs.getString(2),
                    Direction.parse(rs.getString(3)).orElseThrow(), rs.getLong(4), rs.getLong(5),
                    wasCounted ? counted : null, wasCounted ? rs.getLong(7) : null,
                    wasCounted ? rs.getLong(8) : null));
        }, args);
        return flows;
    }
}
