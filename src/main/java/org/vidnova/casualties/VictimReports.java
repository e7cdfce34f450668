package org.vidnova.casualties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.geo.Districts;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.RowFields;

/**
 * The reports of every list: imported idempotently (upsert by source and record id), read only by analysts, each
 * read recorded in the audit trail with what was asked and how many reports were shown, never the names.
 */
@Service
class VictimReports {

    static final String ENTITY = "casualties.report";
    private static final String COLUMNS = "id, source_code, source_record_id, family_name, given_name, patronymic,"
            + " sex, birth_date, birth_year, age, status, event_date, district_code, lat, lon, notes, incident_id";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Districts districts;

    VictimReports(JdbcClient jdbc, AuditTrail audit, Districts districts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.districts = districts;
    }

    /** One transaction: a failure leaves the reports as they were; a bad row is reported and skipped. */
    @Transactional
    ImportReport importRows(String source, Consumer<Consumer<RowFields>> rows) {
        Map<String, VictimReport> existing = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM casualties_report WHERE source_code = :source").param("source", source)
                .query(VictimReports::map).list().forEach(r -> existing.put(r.sourceRecordId(), r));
        Map<String, Long> seenOnLine = new HashMap<>();
        ImportTally tally = new ImportTally();
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        Instant now = Instant.now();
        rows.accept(row -> {
            Optional<VictimReport> parsed = ReportRows.read(row, source, districts, today);
            if (parsed.isEmpty()) {
                tally.rejected(row.errors());
                return;
            }
            VictimReport report = parsed.get();
            Long firstLine = seenOnLine.putIfAbsent(report.sourceRecordId(), row.line());
            if (firstLine != null) {
                tally.rejected(List.of(row.problem("source_record_id", "appears twice in this file (first on line "
                        + firstLine + ")")));
                return;
            }
            if (report.familyName() == null && report.givenName() == null) {
                tally.warn(row.problem("family_name", "no name: the report cannot be linked to other lists"));
            }
            VictimReport before = existing.get(report.sourceRecordId());
            if (before == null) {
                long id = insert(report, now);
                audit.record(ENTITY, String.valueOf(id), AuditAction.CREATE, VictimReport.auditChange(null, report));
                tally.accepted(ImportTally.Outcome.CREATED);
            } else if (report.sameAs(before)) {
                tally.accepted(ImportTally.Outcome.UNCHANGED);
            } else {
                update(before.id(), report, now);
                audit.record(ENTITY, String.valueOf(before.id()), AuditAction.UPDATE,
                        VictimReport.auditChange(before, report));
                tally.accepted(ImportTally.Outcome.UPDATED);
            }
        });
        return tally.report();
    }

    /** Reports, by source and record id; the read is audited (what was asked, how many were shown). */
    @Transactional
    List<VictimReport> find(String source, ReportStatus status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (source != null) {
            where.append(" AND source_code = :source");
            params.put("source", source);
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.code());
        }
        List<VictimReport> found = jdbc.sql("SELECT " + COLUMNS + " FROM casualties_report WHERE " + where
                        + " ORDER BY source_code, source_record_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(VictimReports::map).list();
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("source", source);
        read.put("status", status);
        read.put("page", page);
        read.put("size", size);
        read.put("shown", found.stream().map(VictimReport::id).toList());
        audit.record(ENTITY, "list", AuditAction.READ, read);
        return found;
    }

    /** Every report, for the linkage run (which is audited as a run, not as a read of each report). */
    @Transactional(readOnly = true)
    List<VictimReport> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casualties_report ORDER BY id").query(VictimReports::map).list();
    }

    /** The reports linked to one person; the read is audited. */
    @Transactional
    List<VictimReport> ofPerson(long personId) {
        List<VictimReport> found = jdbc.sql("SELECT " + COLUMNS + " FROM casualties_report WHERE person_id = :p"
                + " ORDER BY id").param("p", personId).query(VictimReports::map).list();
        audit.record(ENTITY, "person " + personId, AuditAction.READ,
                Map.of("person", personId, "shown", found.stream().map(VictimReport::id).toList()));
        return found;
    }

    /** Two reports side by side for a review; the read is audited. */
    @Transactional
    List<VictimReport> pair(long reviewId, long first, long second) {
        List<VictimReport> found = jdbc.sql("SELECT " + COLUMNS + " FROM casualties_report WHERE id IN (:ids)"
                + " ORDER BY id").param("ids", List.of(first, second)).query(VictimReports::map).list();
        audit.record(ENTITY, "review " + reviewId, AuditAction.READ, Map.of("review", reviewId, "shown",
                found.stream().map(VictimReport::id).toList()));
        return found;
    }

    @Transactional(readOnly = true)
    long count(String source) {
        return source == null
                ? jdbc.sql("SELECT COUNT(*) FROM casualties_report").query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM casualties_report WHERE source_code = :source")
                        .param("source", source).query(Long.class).single();
    }

    private long insert(VictimReport r, Instant now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        bind(jdbc.sql("INSERT INTO casualties_report (source_code, source_record_id, family_name, given_name,"
                + " patronymic, sex, birth_date, birth_year, age, status, event_date, district_code, lat, lon, notes,"
                + " incident_id, updated_at) VALUES (:source, :recordId, :family, :given, :patronymic, :sex, :birthDate,"
                + " :birthYear, :age, :status, :eventDate, :district, :lat, :lon, :notes, :incident, :at)"), r, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void update(long id, VictimReport r, Instant now) {
        bind(jdbc.sql("UPDATE casualties_report SET family_name = :family, given_name = :given,"
                + " patronymic = :patronymic, sex = :sex, birth_date = :birthDate, birth_year = :birthYear, age = :age,"
                + " status = :status, event_date = :eventDate, district_code = :district, lat = :lat, lon = :lon,"
                + " notes = :notes, incident_id = :incident, updated_at = :at"
                + " WHERE id = :id AND source_code = :source AND source_record_id = :recordId"), r, now)
                .param("id", id).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, VictimReport r, Instant now) {
        return sql.param("source", r.source()).param("recordId", r.sourceRecordId())
                .param("family", r.familyName()).param("given", r.givenName()).param("patronymic", r.patronymic())
                .param("sex", r.sex()).param("birthDate", r.birthDate()).param("birthYear", r.birthYear())
                .param("age", r.age()).param("status", r.status().code())
                .param("eventDate", r.eventDate()).param("district", r.districtCode())
                .param("lat", r.lat()).param("lon", r.lon()).param("notes", r.notes())
                .param("incident", r.incidentId()).param("at", Timestamp.from(now));
    }

    private static VictimReport map(ResultSet rs, int row) throws SQLException {
        return new VictimReport(rs.getLong("id"), rs.getString("source_code"), rs.getString("source_record_id"),
                rs.getString("family_name"), rs.getString("given_name"), rs.getString("patronymic"),
                rs.getString("sex"), rs.getObject("birth_date", LocalDate.class),
                (Integer) rs.getObject("birth_year", Integer.class), (Integer) rs.getObject("age", Integer.class),
                ReportStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getObject("event_date", LocalDate.class), rs.getString("district_code"),
                rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("notes"),
                rs.getObject("incident_id", Long.class));
    }
}
