package org.vidnova.damage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.web.SqlArrays;

/**
 * Homes by district as the damage register knows them, for modules that weigh people against housing (population
 * returns against capacity): housing units and uninhabitable units as of a day, by the indicators' rule
 * ({@link DamageIndicators}), and which buildings are now assessed uninhabitable.
 */
@Service
public class HabitableHomes {

    /** A district's homes in the register as of a day; {@code housingUnits} counts only registered buildings. */
    public record DistrictHomes(String district, long housingUnits, long uninhabitableUnits) {

        public long habitableUnits() {
            return Math.max(0, housingUnits - uninhabitableUnits);
        }
    }

    private final DamageIndicators indicators;
    private final JdbcTemplate jdbc;

    HabitableHomes(DamageIndicators indicators, JdbcTemplate jdbc) {
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    /** Every district's homes as of {@code day}, by district code. */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public List<DistrictHomes> asOf(LocalDate day) {
        List<Map<String, Object>> districts = (List<Map<String, Object>>) indicators.asOf(day).get("districts");
        return districts.stream().map(d -> new DistrictHomes((String) d.get("code"),
                ((Number) d.get("housingUnits")).longValue(), ((Number) d.get("unitsUninhabitable")).longValue()))
                .toList();
    }

    /**
     * Of the buildings named {@code source/external_id}, those whose current assessment says they are not habitable
     * (or, when it does not say, grades them destroyed), as the same keys.
     */
    @Transactional(readOnly = true)
    public Set<String> uninhabitable(Collection<String> sourceKeys) {
        Set<String> found = new HashSet<>();
        SqlArrays.query(jdbc, "SELECT b.source_key FROM damage_building b JOIN damage_assessment a"
                + " ON a.id = b.current_assessment_id WHERE b.source_key = ANY(?)"
                + " AND (a.habitable = FALSE OR (a.habitable IS NULL AND a.vidnova_grade = 4))", "VARCHAR",
                sourceKeys, rs -> found.add(rs.getString(1)));
        return found;
    }
}
