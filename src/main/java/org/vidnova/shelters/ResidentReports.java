package org.vidnova.shelters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ApiProblem;

/**
 * Residents' reports of a shelter found closed or full. They wait in the registrars' queue and are shown on the
 * shelter until checked; a confirmed "closed" closes the shelter, a confirmed "full" sets occupancy to capacity.
 */
@Service
class ResidentReports {

    private final JdbcClient jdbc;
    private final ShelterRegister register;
    private final AuditTrail audit;

    ResidentReports(JdbcClient jdbc, ShelterRegister register, AuditTrail audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.audit = audit;
    }

    @Transactional
    ResidentReport report(long shelterId, String problem) {
        Shelter shelter = register.find(shelterId).orElseThrow(() -> ShelterRegister.notFound(shelterId));
        var keys = new GeneratedKeyHolder();
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO shelters_report (shelter_id, problem, reported_at, state) VALUES (:s, :p, :at, 'pending')")
                .param("s", shelterId).param("p", problem).param("at", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("shelter-report", String.valueOf(id), AuditAction.CREATE,
                Map.of("shelter", shelterId, "problem", problem));
        return new ResidentReport(id, shelterId, shelter.name(), problem, now, "pending", null, null);
    }

    @Transactional(readOnly = true)
    List<ResidentReport> find(String state) {
        return jdbc.sql("""
                SELECT r.id, r.shelter_id, s.name, r.problem, r.reported_at, r.state, r.checked_by, r.checked_at
                FROM shelters_report r JOIN shelters_shelter s ON s.id = r.shelter_id
                WHERE r.state = :state ORDER BY r.reported_at, r.id LIMIT 1000""")
                .param("state", state)
                .query((rs, n) -> new ResidentReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Unchecked reports per shelter id. */
    @Transactional(readOnly = true)
    Map<Long, ShelterView.PendingReports> pendingByShelter() {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT shelter_id, problem, COUNT(*) FROM shelters_report WHERE state = 'pending' GROUP BY shelter_id, problem")
                .query(rs -> {
                    int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[2]);
                    c["closed".equals(rs.getString(2)) ? 0 : 1] = rs.getInt(3);
                });
        Map<Long, ShelterView.PendingReports> pending = new HashMap<>();
        counts.forEach((id, c) -> pending.put(id, new ShelterView.PendingReports(c[0], c[1])));
        return pending;
    }

    @Transactional
    ResidentReport check(long reportId, boolean confirmed) {
        ResidentReport report = jdbc.sql("""
                SELECT r.id, r.shelter_id, s.name, r.problem, r.reported_at, r.state, r.checked_by, r.checked_at
                FROM shelters_report r JOIN shelters_shelter s ON s.id = r.shelter_id WHERE r.id = :id""")
                .param("id", reportId)
                .query((rs, n) -> new ResidentReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), null, null))
                .optional().orElseThrow(() -> ApiProblem.notFound("No report with id " + reportId));
        if (!"pending".equals(report.state())) {
            throw ApiProblem.conflict("state", "the report was already checked");
        }
        String state = confirmed ? "confirmed" : "dismissed";
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now();
        jdbc.sql("UPDATE shelters_report SET state = :state, checked_by = :by, checked_at = :at WHERE id = :id")
                .param("state", state).param("by", by).param("at", Timestamp.from(now)).param("id", reportId)
                .update();
        audit.record("shelter-report", String.valueOf(reportId), AuditAction.UPDATE, Map.of("state", state));
        if (confirmed) {
            Shelter shelter = register.find(report.shelterId()).orElseThrow();
            if ("closed".equals(report.problem())) {
                register.patch(shelter.id(), new ShelterPatch("closed", null, null));
            } else if (shelter.capacity() != null) {
                register.patch(shelter.id(), new ShelterPatch(null, null, shelter.capacity()));
            }
        }
        return new ResidentReport(report.id(), report.shelterId(), report.shelterName(), report.problem(),
                report.reportedAt(), state, by, now);
    }
}
