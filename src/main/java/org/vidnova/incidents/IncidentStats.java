package org.vidnova.incidents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each district's time series, from aggregate tables (see {@link StatTable}) with the number of incidents and the
 * known killed and injured per Kyiv day, district, type and hour. Every change to the register changes them in the
 * same transaction (subtracting the old incident, adding the new), so the statistics are always those of the
 * committed register.
 * <p>
 * Why tables rather than GROUP BY over the register: measured on PostgreSQL 15 with 1,000,000 incidents spread
 * evenly over three years (a worst case: few incidents share a cell), GROUP BY district over the register took
 * 120 ms and by district and day 220 ms, and grows with the register; from the daily table (77,000 rows) they took
 * 16 and 40 ms, and a month 3 ms. Only hours of day within chosen days read the large hourly table (about 100 ms
 * there over all days). The price is a few row updates per write, which imports pay once per cell and batch.
 */
@Service
class IncidentStats {

    /** What statistics may be grouped by. */
    enum Key {
        DISTRICT, DAY, WEEK, MONTH, HOUR;

        String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Cells per JDBC batch. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final StatCells cells;

    IncidentStats(JdbcClient jdbc, NamedParameterJdbcTemplate named, StatCells cells) {
        this.jdbc = jdbc;
        this.named = named;
        this.cells = cells;
    }

    /** Applies the changes to the aggregate tables inside the caller's transaction, then forgets them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(StatDeltas deltas) {
        applyOver(deltas, table -> 0);
    }

    /**
     * Applies the changes of each table with more than {@code cells} of it pending, inside the caller's
     * transaction, then forgets them; the others wait.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyOver(StatDeltas deltas, java.util.function.ToIntFunction<StatTable> cells) {
        for (StatTable table : StatTable.values()) {
            if (deltas.size(table) > cells.applyAsInt(table)) {
                apply(table, deltas.changes(table));
                deltas.clear(table);
            }
        }
    }

    /** Applies changes a thousand cells at a time (in key order), so that no JDBC batch grows with an import. */
    private void apply(StatTable table, List<Map.Entry<StatDeltas.Cell, StatDeltas.Delta>> changes) {
        for (int from = 0; from < changes.size(); from += CHUNK) {
            applyChunk(table, changes.subList(from, Math.min(changes.size(), from + CHUNK)));
        }
    }

    private void applyChunk(StatTable table, List<Map.Entry<StatDeltas.Cell, StatDeltas.Delta>> changes) {
        List<StatDeltas.Cell> growing = changes.stream().filter(e -> e.getValue().incidents > 0)
                .map(Map.Entry::getKey).toList();
        for (int attempt = 1; !growing.isEmpty(); attempt++) {
            try {
                cells.ensure(table, growing);
                break;
            } catch (DataIntegrityViolationException raced) {
                // Another writer created one of these cells meanwhile; now it exists. Try again.
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
        named.getJdbcTemplate().batchUpdate(StatTable.positional("UPDATE " + table.name
                        + " SET incidents = incidents + ?, killed = killed + ?, injured = injured + ?,"
                        + " killed_unknown = killed_unknown + ?, injured_unknown = injured_unknown + ? WHERE "
                        + table.keyMatch()),
                changes, changes.size(), (ps, e) -> {
                    StatDeltas.Delta d = e.getValue();
                    ps.setLong(1, d.incidents);
                    ps.setLong(2, d.killed);
                    ps.setLong(3, d.injured);
                    ps.setLong(4, d.killedUnknown);
                    ps.setLong(5, d.injuredUnknown);
                    table.bindKey(ps, 6, e.getKey());
                });
    }

    /**
     * Incidents, killed and injured grouped by {@code by} (one or two keys), for Kyiv days from {@code from} to
     * {@code to} (both inclusive, either may be null) and the given types (null: all). Rows are ordered by the keys;
     * a null district is outside the city or unknown, a null hour means only the day is known.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> rows(List<Key> by, LocalDate from, LocalDate to, List<String> types) {
        boolean district = by.contains(Key.DISTRICT);
        boolean day = by.contains(Key.DAY) || by.contains(Key.WEEK);
        // Months alone are grouped by the database (a year of days is 365 rows to fold, a month one).
        boolean month = by.contains(Key.MONTH) && !day;
        boolean hour = by.contains(Key.HOUR);
        List<String> columns = new ArrayList<>();
        if (district) {
            columns.add("district_code");
        }
        if (day) {
            columns.add("local_day");
        }
        if (month) {
            columns.add("EXTRACT(YEAR FROM local_day)");
            columns.add("EXTRACT(MONTH FROM local_day)");
        }
        if (hour) {
            columns.add("local_hour");
        }
        String group = String.join(", ", columns);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (from != null) {
            where.append(" AND local_day >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND local_day <= :to");
            params.put("to", to);
        }
        if (types != null) {
            where.append(" AND type IN (:types)");
            params.put("types", types);
        }
        Map<List<Object>, long[]> folded = new HashMap<>();
        StatTable table = hour ? (day || month || from != null || to != null ? StatTable.HOURLY
                : StatTable.HOUR_OF_DAY) : types == null ? StatTable.DISTRICT_DAY : StatTable.DAILY;
        // Sums cast back to BIGINT: PostgreSQL sums BIGINTs as NUMERIC, which its driver decodes slowly (JFR).
        jdbc.sql("SELECT " + group + ", CAST(SUM(incidents) AS BIGINT), CAST(SUM(killed) AS BIGINT),"
                        + " CAST(SUM(injured) AS BIGINT), CAST(SUM(killed_unknown) AS BIGINT),"
                        + " CAST(SUM(injured_unknown) AS BIGINT) FROM " + table.name + " WHERE " + where
                        + " GROUP BY " + group)
                .params(params)
                .query(rs -> {
                    int c = 1;
                    String code = district ? rs.getString(c++) : null;
                    LocalDate d = day ? rs.getObject(c++, LocalDate.class) : null;
                    String m = month ? String.format(Locale.ROOT, "%04d-%02d", rs.getInt(c++), rs.getInt(c++)) : null;
                    int h = hour ? rs.getInt(c++) : -1;
                    List<Object> key = new ArrayList<>();
                    for (Key k : by) {
                        key.add(switch (k) {
                            case DISTRICT -> StatDeltas.OUTSIDE.equals(code) ? null : code;
                            case DAY -> d;
                            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                            case MONTH -> month ? m : d.toString().substring(0, 7);
                            case HOUR -> h < 0 ? null : h;
                        });
                    }
                    long[] sums = folded.computeIfAbsent(key, x -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        sums[i] += rs.getLong(c + i);
                    }
                });
        List<String> fields = by.stream().map(Key::field).toList();
        List<Map<String, Object>> rows = new ArrayList<>(folded.size());
        folded.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(Map.Entry.comparingByKey(IncidentStats::compareKeys))
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < by.size(); i++) {
                        Object value = e.getKey().get(i);
                        row.put(fields.get(i), value instanceof LocalDate date ? date.toString() : value);
                    }
                    long[] s = e.getValue();
                    row.put("incidents", s[0]);
                    row.put("killed", s[1]);
                    row.put("injured", s[2]);
                    row.put("killedUnknown", s[3]);
                    row.put("injuredUnknown", s[4]);
                    rows.add(row);
                });
        return rows;
    }

    /** Totals per district code (null: outside the city or unknown): incidents, killed, injured. */
    @Transactional(readOnly = true)
    public Map<String, long[]> totals() {
        Map<String, long[]> totals = new HashMap<>();
        jdbc.sql("SELECT district_code, SUM(incidents), SUM(killed), SUM(injured) FROM incidents_stat_district_day"
                        + " GROUP BY district_code")
                .query(rs -> {
                    String code = rs.getString(1);
                    totals.put(StatDeltas.OUTSIDE.equals(code) ? null : code,
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return totals;
    }

    /** The last Kyiv day with an incident, per district code (null: outside the city or unknown). */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> lastDays() {
        Map<String, LocalDate> last = new HashMap<>();
        jdbc.sql("SELECT district_code, MAX(local_day) FROM incidents_stat_district_day WHERE incidents > 0"
                        + " GROUP BY district_code")
                .query(rs -> {
                    String code = rs.getString(1);
                    last.put(StatDeltas.OUTSIDE.equals(code) ? null : code, rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    /** The local hour with most incidents per district (ties: the earliest hour); hours unknown do not count. */
    @Transactional(readOnly = true)
    public Map<String, Integer> busiestHours() {
        Map<String, long[]> best = new HashMap<>();
        jdbc.sql("SELECT district_code, local_hour, SUM(incidents) FROM incidents_stat_hour WHERE local_hour >= 0"
                        + " GROUP BY district_code, local_hour")
                .query(rs -> {
                    String code = rs.getString(1);
                    long hour = rs.getInt(2);
                    long n = rs.getLong(3);
                    long[] b = best.get(code);
                    if (n > 0 && (b == null || n > b[1] || (n == b[1] && hour < b[0]))) {
                        best.put(code, new long[] {hour, n});
                    }
                });
        Map<String, Integer> hours = new HashMap<>();
        best.forEach((code, b) -> hours.put(StatDeltas.OUTSIDE.equals(code) ? null : code, (int) b[0]));
        return hours;
    }

    @SuppressWarnings("unchecked")
    private static final Comparator<Object> NULLS_LAST = Comparator.nullsLast(
            (x, y) -> ((Comparable<Object>) x).compareTo(y));

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = NULLS_LAST.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
