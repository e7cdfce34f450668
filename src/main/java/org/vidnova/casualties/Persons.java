package org.vidnova.casualties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The persons of the last linkage run, and the counts of reports and persons the public may see. */
@Service
class Persons {

    /** What counts may be grouped by, and the column of each in reports and in persons. */
    enum By {
        STATUS("status", "status"), DISTRICT("district_code", "district_code"), DAY("event_date", "event_date"),
        SEX("sex", "sex"), AGEBAND(null, "age_band");

        final String reportColumn;
        final String personColumn;

        By(String reportColumn, String personColumn) {
            this.reportColumn = reportColumn;
            this.personColumn = personColumn;
        }
    }

    private static final String COLUMNS = "id, status, district_code, sex, event_date, age_band, reports, lists";

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<PersonFacts> find(ReportStatus status, String district, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.code());
        }
        if (district != null) {
            where.append(" AND district_code = :district");
            params.put("district", district);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM casualties_person WHERE " + where
                        + " ORDER BY id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Persons::map).list();
    }

    @Transactional(readOnly = true)
    Optional<PersonFacts> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casualties_person WHERE id = :id").param("id", id)
                .query(Persons::map).optional();
    }

    /**
     * Reports received and unique persons per value of {@code by} (null: not known), in the order of the values.
     * Age bands of reports are not counted (a report's age band needs the person's event date): reports is null.
     */
    @Transactional(readOnly = true)
    List<Map<String, Object>> counts(By by) {
        Map<String, long[]> cells = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        if (by.reportColumn != null) {
            jdbc.sql("SELECT " + by.reportColumn + ", COUNT(*) FROM casualties_report GROUP BY " + by.reportColumn)
                    .query(rs -> {
                        cells.computeIfAbsent(text(rs.getObject(1)), k -> new long[2])[0] = rs.getLong(2);
                    });
        }
        jdbc.sql("SELECT " + by.personColumn + ", COUNT(*) FROM casualties_person GROUP BY " + by.personColumn)
                .query(rs -> {
                    cells.computeIfAbsent(text(rs.getObject(1)), k -> new long[2])[1] = rs.getLong(2);
                });
        List<Map<String, Object>> rows = new ArrayList<>();
        cells.forEach((key, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(by.name().toLowerCase(java.util.Locale.ROOT), key);
            row.put("reports", by.reportColumn == null ? null : n[0]);
            row.put("persons", n[1]);
            rows.add(row);
        });
        return rows;
    }

    /** When persons were last linked, or empty before the first run. */
    @Transactional(readOnly = true)
    Optional<java.time.Instant> lastRun() {
        return jdbc.sql("SELECT MAX(run_at) FROM casualties_run").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant);
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value.toString();
    }

    private static PersonFacts map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PersonFacts(rs.getLong("id"),
                ReportStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("district_code"), rs.getString("sex"), rs.getObject("event_date", LocalDate.class),
                rs.getString("age_band"), rs.getInt("reports"), rs.getInt("lists"));
    }
}
