package org.vidnova.damage;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ImportTimes;

/**
 * The public damage indicators as of a day, for the city and each district, computed from the register: only
 * assessments made on or before that day count, and each building's state is its current assessment then (the
 * rule of {@link CurrentState}). Every block says how many buildings were assessed and how many were not.
 * <ul>
 * <li>Homes damaged and destroyed are the counts an assessment gives; when it gives neither, all the homes of a
 * building graded 1 to 3 are damaged and all of one graded 4 destroyed. Damaged and destroyed do not overlap.</li>
 * <li>Homes are uninhabitable when the assessment says the building is not habitable (all its homes), else, when
 * it does not say, the destroyed ones.</li>
 * <li>Displaced people are the registered residents of a building, in proportion of its uninhabitable homes, where
 * residents are known; elsewhere uninhabitable homes times the household size of the district (setting
 * {@code vidnova.damage.household-size.CODE}, else {@code vidnova.damage.household-size}, 2.3 by default).</li>
 * <li>Facilities (every use but residential), by use: a facility is an institution (all its buildings), or a
 * building of no institution; its grade is the highest current grade of its buildings, and it lies in the district
 * of its buildings (the first by code, should they straddle a border). Operational is graded 0 or not assessed
 * (see {@code notAssessed}), damaged 1 to 3, destroyed 4; rebuildable counts the damaged and destroyed facilities of
 * which an assessment says a building can be rebuilt.</li>
 * </ul>
 */
@Service
class DamageIndicators {

    /** Where the default household size comes from, said with every answer. */
    static final String HOUSEHOLD_SIZE_NOTE = "assumption: 2.3 people per home unless set per district; replace it"
            + " with the district's census or household-survey figure";

    /**
     * Buildings by district and current grade. The assessed buildings are reached from their current assessment
     * ({@code %1$s}: FROM clause naming b and a) and the others by {@code %2$s} (a condition on b), then added up:
     * never a LEFT JOIN to a derived table, which H2 answers by scanning the derived rows once per building
     * (392 s at 30,000 buildings and 100,000 assessments).
     */
    private static final String QUERY = """
            SELECT district, grade, COUNT(*) AS buildings, SUM(hu) AS housing,
                SUM(damaged) AS damaged, SUM(destroyed) AS destroyed, SUM(uninhabitable) AS uninhabitable,
                SUM(CASE WHEN residents IS NOT NULL AND hu > 0 THEN residents * uninhabitable * 1.0 / hu ELSE 0 END)
                    AS displaced_known,
                SUM(CASE WHEN residents IS NULL OR hu = 0 THEN uninhabitable ELSE 0 END) AS units_unknown
            FROM (
                SELECT district, grade, residents, hu, damaged, destroyed,
                    CASE WHEN habitable = FALSE THEN hu WHEN habitable = TRUE THEN 0 ELSE destroyed END AS uninhabitable
                FROM (
                    SELECT b.district_code AS district, a.vidnova_grade AS grade,
                        b.residents AS residents, a.habitable AS habitable,
                        COALESCE(b.housing_units, 0) AS hu,
                        CASE WHEN a.units_damaged IS NOT NULL OR a.units_destroyed IS NOT NULL
                                THEN COALESCE(a.units_damaged, 0)
                            WHEN a.vidnova_grade BETWEEN 1 AND 3 THEN COALESCE(b.housing_units, 0) ELSE 0 END
                            AS damaged,
                        CASE WHEN a.units_damaged IS NOT NULL OR a.units_destroyed IS NOT NULL
                                THEN COALESCE(a.units_destroyed, 0)
                            WHEN a.vidnova_grade = 4 THEN COALESCE(b.housing_units, 0) ELSE 0 END AS destroyed
                    FROM %1$s
                    UNION ALL
                    SELECT b.district_code, CAST(NULL AS INTEGER), b.residents, CAST(NULL AS BOOLEAN),
                        COALESCE(b.housing_units, 0), 0, 0
                    FROM damage_building b WHERE %2$s
                ) s
            ) t
            GROUP BY district, grade""";

    /** One row per facility (an institution, or a building of none), then counted by district, use and state. */
    private static final String FACILITIES = """
            SELECT district, use, grade, rebuildable, COUNT(*) AS facilities FROM (
                SELECT MIN(district) AS district, MIN(use) AS use, MAX(grade) AS grade,
                    MAX(rebuildable) AS rebuildable
                FROM (
                    SELECT b.district_code AS district, b.use AS use, a.vidnova_grade AS grade,
                        CASE WHEN a.rebuildable = 'yes' THEN 1 ELSE 0 END AS rebuildable,
                        CASE WHEN b.institution_id IS NULL THEN -b.id ELSE b.institution_id END AS facility
                    FROM %1$s
                    WHERE b.use <> 'residential'
                    UNION ALL
                    SELECT b.district_code, b.use, CAST(NULL AS INTEGER), 0,
                        CASE WHEN b.institution_id IS NULL THEN -b.id ELSE b.institution_id END
                    FROM damage_building b WHERE b.use <> 'residential' AND %2$s
                ) u
                GROUP BY facility
            ) f
            GROUP BY district, use, grade, rebuildable""";

    /** Each building's current assessment as of :asOf, by the rule (a window over its assessments up to then). */
    private static final String[] RANKED_AS_OF = {"(SELECT building_id, id FROM ("
            + AssessmentRepository.RANKED.formatted("assessed_on <= :asOf") + ") ranked WHERE rn = 1) cur"
            + " JOIN damage_assessment a ON a.id = cur.id JOIN damage_building b ON b.id = cur.building_id",
        "NOT EXISTS (SELECT 1 FROM damage_assessment x WHERE x.building_id = b.id AND x.assessed_on <= :asOf)"};
    /**
     * The same when no assessment is later than :asOf: the current assessment kept on each building by every import,
     * read without the window.
     */
    private static final String[] CURRENT = {
        "damage_building b JOIN damage_assessment a ON a.id = b.current_assessment_id",
        "b.current_assessment_id IS NULL"};

    /** Days kept in the cache: today, and the few past days the pages are asked about. */
    private static final int CACHED_DAYS = 32;

    private static final Logger log = LoggerFactory.getLogger(DamageIndicators.class);

    private final JdbcClient jdbc;
    private final Districts districts;
    private final Environment settings;
    private final AtomicLong generation = new AtomicLong();
    private final Map<LocalDate, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();
    private final TransactionTemplate readOnly;
    /** One thread: a second write while it computes only queues one more computation, the one that counts. */
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "damage-indicators");
        t.setDaemon(true);
        return t;
    });

    DamageIndicators(JdbcClient jdbc, Districts districts, Environment settings,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    double householdSize(String districtCode) {
        Double general = settings.getProperty("vidnova.damage.household-size", Double.class, 2.3);
        return districtCode == null ? general
                : settings.getProperty("vidnova.damage.household-size." + districtCode, Double.class, general);
    }

    /**
     * The indicators as of a day, from the cache while no write to the register has committed since they were
     * computed: the home page asks for them on every visit, and at 300,000 buildings one computation reads them all.
     * One computation per day and generation: callers arriving while it runs wait for it rather than start their own.
     */
    Map<String, Object> asOf(LocalDate day) {
        long now = generation.get();
        CompletableFuture<Map<String, Object>> mine = new CompletableFuture<>();
        Cached cached = cache.compute(day, (d, old) -> old != null && old.generation() == now ? old
                : new Cached(now, mine));
        if (cached.answer() == mine) {
            if (cache.size() > CACHED_DAYS) {
                cache.keySet().removeIf(d -> !d.equals(day));
            }
            try {
                // Computed from what was committed when `now` was read: a write committing meanwhile bumps the
                // generation, so this answer is never served after it.
                mine.complete(Collections.unmodifiableMap(readOnly.execute(status -> compute(day))));
            } catch (RuntimeException e) {
                cache.remove(day, cached);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return cached.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Whether the indicators of {@code day} are computed for the register as it is now. */
    boolean ready(LocalDate day) {
        Cached cached = cache.get(day);
        return cached != null && cached.generation() == generation.get() && cached.answer().isDone();
    }

    /** How many times the indicators were computed (not served from the cache): for tests and benchmarks. */
    long computations() {
        return computations.get();
    }

    /**
     * Forgets every cached answer when the caller's transaction ends (or at once outside one): called by every write
     * to buildings, institutions or assessments. Registers one synchronization per transaction however many batches
     * call it.
     */
    void changedOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget();
            return;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Forget f && f.owner() == this) {
                return;
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new Forget(this));
    }

    /**
     * Forgets, then computes today's indicators again off the writer's thread: the next visitor of the home page
     * after an import finds them ready (or joins the computation under way) instead of paying seconds for it.
     */
    private void forget() {
        generation.incrementAndGet();
        cache.clear();
        try {
            warmer.execute(() -> {
                try {
                    asOf(LocalDate.now(ImportTimes.KYIV));
                } catch (RuntimeException e) {
                    // A reader will compute them (and see the error) instead; nothing is lost.
                    log.debug("Damage indicators not computed ahead: {}", e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Stopping: nobody will read them.
        }
    }

    @PreDestroy
    void stop() {
        warmer.shutdownNow();
    }

    /** Runs after commit or rollback alike: forgetting too much only costs one computation. */
    private record Forget(DamageIndicators owner) implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            owner.forget();
        }
    }

    private record Cached(long generation, CompletableFuture<Map<String, Object>> answer) {
    }

    private Map<String, Object> compute(LocalDate day) {
        computations.incrementAndGet();
        java.sql.Date latest = jdbc.sql("SELECT MAX(assessed_on) FROM damage_assessment").query(java.sql.Date.class)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return asOf(day, latest == null || !latest.toLocalDate().isAfter(day));
    }

    /** {@code kept}: read the current state kept on the buildings, true only when no assessment is after the day. */
    Map<String, Object> asOf(LocalDate day, boolean kept) {
        String[] current = kept ? CURRENT : RANKED_AS_OF;
        Block city = new Block();
        Map<String, Block> byDistrict = new TreeMap<>();
        for (District d : districts.all()) {
            byDistrict.put(d.code(), new Block());
        }
        jdbc.sql(QUERY.formatted(current[0], current[1])).param("asOf", java.sql.Date.valueOf(day)).query(rs -> {
            String district = rs.getString("district");
            Row row = new Row(rs.getObject("grade", Integer.class), rs.getLong("buildings"), rs.getLong("housing"), rs.getLong("damaged"), rs.getLong("destroyed"),
                    rs.getLong("uninhabitable"), rs.getDouble("displaced_known")
                            + rs.getLong("units_unknown") * householdSize(district));
            city.add(row);
            if (district != null) {
                byDistrict.computeIfAbsent(district, c -> new Block()).add(row);
            }
        });
        jdbc.sql(FACILITIES.formatted(current[0], current[1])).param("asOf", java.sql.Date.valueOf(day)).query(rs -> {
            String district = rs.getString("district");
            BuildingUse use = BuildingUse.parse(rs.getString("use")).orElseThrow();
            Integer grade = rs.getObject("grade", Integer.class);
            boolean rebuildable = rs.getInt("rebuildable") == 1;
            long n = rs.getLong("facilities");
            city.facility(use, grade, rebuildable, n);
            if (district != null) {
                byDistrict.computeIfAbsent(district, c -> new Block()).facility(use, grade, rebuildable, n);
            }
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", day.toString());
        answer.put("householdSize", Map.of("default", householdSize(null), "note", HOUSEHOLD_SIZE_NOTE));
        answer.put("city", city.toMap());
        answer.put("districts", byDistrict.entrySet().stream().map(e -> {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("code", e.getKey());
            districts.byCode(e.getKey()).ifPresent(d -> {
                block.put("nameUk", d.nameUk());
                block.put("nameEn", d.nameEn());
            });
            block.putAll(e.getValue().toMap());
            return block;
        }).toList());
        return answer;
    }

    /** One group of the query: the buildings of a district with one current grade (null: not assessed). */
    private record Row(Integer grade, long buildings, long housing,
            long damaged, long destroyed, long uninhabitable, double displaced) {
    }

    private static final class Block {
        long housingUnits;
        long unitsDamaged;
        long unitsDestroyed;
        long unitsUninhabitable;
        double displacedPeople;
        long buildingsAssessed;
        long buildingsNotAssessed;
        final Map<BuildingUse, long[]> facilities = new EnumMap<>(BuildingUse.class);

        Block() {
            for (BuildingUse use : BuildingUse.values()) {
                if (use.facility()) {
                    facilities.put(use, new long[5]);
                }
            }
        }

        void add(Row r) {
            housingUnits += r.housing();
            unitsDamaged += r.damaged();
            unitsDestroyed += r.destroyed();
            unitsUninhabitable += r.uninhabitable();
            displacedPeople += r.displaced();
            if (r.grade() == null) {
                buildingsNotAssessed += r.buildings();
            } else {
                buildingsAssessed += r.buildings();
            }
        }

        /** {@code n} facilities of a use in one state (grade null: not assessed). */
        void facility(BuildingUse use, Integer grade, boolean rebuildable, long n) {
            long[] f = facilities.get(use);
            int state = grade == null || grade == 0 ? 0 : grade == 4 ? 2 : 1;
            f[state] += n;
            if (state > 0 && rebuildable) {
                f[3] += n;
            }
            if (grade == null) {
                f[4] += n;
            }
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("housingUnits", housingUnits);
            m.put("unitsDamaged", unitsDamaged);
            m.put("unitsDestroyed", unitsDestroyed);
            m.put("unitsUninhabitable", unitsUninhabitable);
            m.put("displacedPeople", Math.round(displacedPeople));
            m.put("buildingsAssessed", buildingsAssessed);
            m.put("buildingsNotAssessed", buildingsNotAssessed);
            m.put("unitsDamagedShare", share(unitsDamaged, housingUnits));
            m.put("unitsDestroyedShare", share(unitsDestroyed, housingUnits));
            m.put("unitsUninhabitableShare", share(unitsUninhabitable, housingUnits));
            m.put("buildingsAssessedShare", share(buildingsAssessed, buildingsAssessed + buildingsNotAssessed));
            Map<String, Object> f = new LinkedHashMap<>();
            facilities.forEach((use, c) -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                List<String> names = List.of("operational", "damaged", "destroyed", "rebuildable", "notAssessed");
                for (int i = 0; i < names.size(); i++) {
                    counts.put(names.get(i), c[i]);
                }
                f.put(use.code(), counts);
            });
            m.put("facilities", f);
            return m;
        }

        /** {@code part / whole} to four decimals; null (left out of the JSON) when the whole is zero. */
        private static Double share(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
        }
    }
}
