package org.vidnova.population;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.damage.HabitableHomes;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.population.estimate.DayEstimate;
import org.vidnova.shelters.Shelter;
import org.vidnova.shelters.ShelterRegister;
import org.vidnova.shelters.ShelterStatus;

/**
 * Returns against capacity, per district: the households that returned in a window of days against the homes the
 * district can house them in, and the free shelter places as a stopgap. The rule, said with every answer: the
 * present households (present-population estimate / household size) are set against the habitable homes of the
 * damage register as of the day; where they exceed them and households are still returning, returns outrun
 * capacity. The register must hold the district's housing stock for that to mean anything: where its homes cover
 * less than {@value #MIN_COVERAGE} of the pre-war households, the district is listed as not judged rather than
 * warned. Households returning to a building assessed uninhabitable (registrations naming their building) are
 * counted per district.
 */
@Service
class ReturnCapacity {

    static final double MIN_COVERAGE = 0.8;
    static final String RULE = "Present households = present-population estimate / household size (setting"
            + " vidnova.population.household-size, 2.3 by default). Spare homes = habitable homes in the damage"
            + " register as of the day - present households. Returns outrun capacity in a district where households"
            + " returned in the window and spare homes are below zero; beyondShelter says the shortfall in people is"
            + " also more than the free places of open shelters (capacity - reported occupancy). Districts whose"
            + " registered homes cover less than 80% of the pre-war households are not judged (coverage).";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DistrictCapacity(String district, long returningHouseholds, long returningPeople, Long presentPopulation,
            Long presentHouseholds, long housingUnits, long uninhabitableUnits, long habitableUnits, Long spareHomes,
            long freeShelterPlaces, Double coverage, boolean judged, boolean outrun, boolean beyondShelter,
            long returnsToUninhabitable) {
    }

    record Capacity(LocalDate asOf, int days, double householdSize, String rule, List<DistrictCapacity> districts,
            List<String> outrun, List<String> notJudged, Map<String, Long> returnsToUninhabitable) {
    }

    private final PopulationEstimates estimates;
    private final HabitableHomes homes;
    private final ShelterRegister shelters;
    private final Districts districts;
    private final JdbcTemplate jdbc;
    private final Environment settings;

    ReturnCapacity(PopulationEstimates estimates, HabitableHomes homes, ShelterRegister shelters, Districts districts,
            JdbcTemplate jdbc, Environment settings) {
        this.estimates = estimates;
        this.homes = homes;
        this.shelters = shelters;
        this.districts = districts;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    double householdSize() {
        return settings.getProperty("vidnova.population.household-size", Double.class, 2.3);
    }

    @Transactional(readOnly = true)
    public Capacity asOf(LocalDate day, int days) {
        double size = householdSize();
        Map<String, long[]> returned = new HashMap<>();
        Map<String, Long> present = new HashMap<>();
        for (DayEstimate e : estimates.series(day.minusDays(days - 1L), day, null)) {
            long[] r = returned.computeIfAbsent(e.district(), k -> new long[2]);
            r[0] += e.returnedHouseholds();
            r[1] += e.returns();
            if (e.day().equals(day)) {
                present.put(e.district(), e.estimate());
            }
        }
        Map<String, HabitableHomes.DistrictHomes> homesBy = new HashMap<>();
        homes.asOf(day).forEach(h -> homesBy.put(h.district(), h));
        Map<String, Long> free = new HashMap<>();
        for (Shelter s : shelters.all()) {
            if (s.status() == ShelterStatus.OPEN && s.districtCode() != null && s.capacity() != null) {
                free.merge(s.districtCode(), (long) Math.max(0, s.capacity() - (s.occupancy() == null ? 0
                        : s.occupancy())), Long::sum);
            }
        }
        Map<String, Long> ruins = returnsToUninhabitable(day.minusDays(days - 1L), day);
        List<DistrictCapacity> rows = new ArrayList<>();
        List<String> outrun = new ArrayList<>();
        List<String> notJudged = new ArrayList<>();
        for (District d : districts.all()) {
            long[] r = returned.getOrDefault(d.code(), new long[2]);
            Long people = present.get(d.code());
            Long households = people == null ? null : Math.round(Math.ceil(people / size));
            HabitableHomes.DistrictHomes h = homesBy.getOrDefault(d.code(),
                    new HabitableHomes.DistrictHomes(d.code(), 0, 0));
            Double coverage = d.population() == null || d.population() == 0 ? null
                    : h.housingUnits() / (d.population() / size);
            boolean judged = coverage != null && coverage >= MIN_COVERAGE && households != null;
            Long spare = households == null ? null : h.habitableUnits() - households;
            long shelterPlaces = free.getOrDefault(d.code(), 0L);
            boolean isOutrun = judged && r[0] > 0 && spare < 0;
            boolean beyond = isOutrun && -spare * size > shelterPlaces;
            rows.add(new DistrictCapacity(d.code(), r[0], r[1], people, households, h.housingUnits(),
                    h.uninhabitableUnits(), h.habitableUnits(), spare, shelterPlaces, coverage, judged, isOutrun,
                    beyond, ruins.getOrDefault(d.code(), 0L)));
            if (isOutrun) {
                outrun.add(d.code());
            } else if (!judged) {
                notJudged.add(d.code());
            }
        }
        return new Capacity(day, days, size, RULE, rows, outrun, notJudged, ruins);
    }

    /** Households that returned in the window to a building now assessed uninhabitable, by district. */
    private Map<String, Long> returnsToUninhabitable(LocalDate from, LocalDate to) {
        List<String[]> named = new ArrayList<>();
        jdbc.query("SELECT district_code, building_source, building_external_id FROM population_registration"
                + " WHERE direction = 'returned' AND building_source IS NOT NULL AND local_day BETWEEN ? AND ?",
                rs -> {
                    named.add(new String[] {rs.getString(1), rs.getString(2) + '/' + rs.getString(3)});
                }, Date.valueOf(from), Date.valueOf(to));
        Map<String, Long> byDistrict = new java.util.TreeMap<>();
        if (named.isEmpty()) {
            return byDistrict;
        }
        Set<String> ruins = homes.uninhabitable(named.stream().map(n -> n[1]).distinct().toList());
        for (String[] n : named) {
            if (ruins.contains(n[1])) {
                byDistrict.merge(n[0], 1L, Long::sum);
            }
        }
        return byDistrict;
    }
}
