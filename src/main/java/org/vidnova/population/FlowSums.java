package org.vidnova.population;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.web.SqlArrays;

/**
 * The daily sums ({@code population_flow_day}) and what an import needs around them: a lock so imports run one after
 * another, and the keys a running import has met ({@code population_import_seen}, not memory, so a file of any length
 * can be told it names a key twice).
 * <p>
 * Why recompute the touched days rather than add deltas (as incidents do): the aggregate sources combine by the
 * largest source per cell, which is not a sum and cannot be undone by subtracting; recomputing a day is one GROUP BY
 * over that day's rows (an index range), and an import recomputes each touched run of days once, at its end.
 */
@Repository
class FlowSums {

    /** Touched days closer than this are recomputed as one range (one statement instead of many). */
    static final int GAP = 7;

    private static final String RECOMPUTE = """
            INSERT INTO population_flow_day (local_day, district_code, direction, registered_people,
                registered_households, counted_people, counted_low, counted_high)
            SELECT local_day, district_code, direction, SUM(rp), SUM(rh), MAX(cp), MIN(cl), MAX(ch) FROM (
                SELECT local_day, district_code, direction, CAST(SUM(household_size) AS BIGINT) rp,
                    CAST(COUNT(*) AS BIGINT) rh, CAST(NULL AS BIGINT) cp, CAST(NULL AS BIGINT) cl,
                    CAST(NULL AS BIGINT) ch
                FROM population_registration WHERE local_day BETWEEN ? AND ?
                GROUP BY local_day, district_code, direction
                UNION ALL
                SELECT local_day, district_code, direction, CAST(0 AS BIGINT), CAST(0 AS BIGINT),
                    CAST(SUM(people) AS BIGINT), CAST(SUM(low) AS BIGINT), CAST(SUM(high) AS BIGINT)
                FROM population_count WHERE local_day BETWEEN ? AND ?
                GROUP BY local_day, district_code, direction, source
            ) flows GROUP BY local_day, district_code, direction""";

    private final JdbcTemplate jdbc;

    FlowSums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for any other running import of flows, then holds them off until this transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        jdbc.update("UPDATE population_import_lock SET imports = imports + 1 WHERE id = 1");
    }

    /** Recomputes the daily sums of these days (all districts and directions) from the registers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(Collection<LocalDate> days) {
        for (LocalDate[] range : ranges(days)) {
            Date from = Date.valueOf(range[0]);
            Date to = Date.valueOf(range[1]);
            jdbc.update("DELETE FROM population_flow_day WHERE local_day BETWEEN ? AND ?", from, to);
            jdbc.update(RECOMPUTE, from, to, from, to);
        }
    }

    /** The days as ranges, a gap shorter than {@value #GAP} days joining two ranges. */
    static List<LocalDate[]> ranges(Collection<LocalDate> days) {
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate[] open = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (open != null && !day.isAfter(open[1].plusDays(GAP))) {
                open[1] = day;
            } else {
                open = new LocalDate[] {day, day};
                ranges.add(open);
            }
        }
        return ranges;
    }

    String begin() {
        return UUID.randomUUID().toString();
    }

    /** The lines on which import {@code prefix} (import id '/') met these keys, by key. */
    Map<String, Long> seenLines(String prefix, Collection<String> keys) {
        Map<String, Long> lines = new HashMap<>();
        SqlArrays.query(jdbc, "SELECT seen_key, line FROM population_import_seen WHERE seen_key = ANY(?)", "VARCHAR",
                keys.stream().map(k -> prefix + k).toList(),
                rs -> lines.put(rs.getString(1).substring(prefix.length()), rs.getLong(2)));
        return lines;
    }

    void seen(String importId, String prefix, List<Map.Entry<String, Long>> keys) {
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO population_import_seen (seen_key, import_id, line) VALUES (?, ?, ?)", keys,
                    keys.size(), (ps, k) -> {
                        ps.setString(1, prefix + k.getKey());
                        ps.setString(2, importId);
                        ps.setLong(3, k.getValue());
                    });
        }
    }

    void end(String importId) {
        jdbc.update("DELETE FROM population_import_seen WHERE import_id = ?", importId);
    }
}
