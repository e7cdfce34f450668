package org.vidnova.casualties;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.casualties.linkage.Verdict;
import org.vidnova.web.ApiProblem;

/** The doubtful pairs a linkage run puts before a person, and the decisions that every later run respects. */
@Service
class Reviews {

    static final String ENTITY = "casualties.review";

    /** A pair of reports, the engine's match probability, and the decision if any. */
    record Review(long id, long firstReportId, long secondReportId, double probability, boolean refusedMatch,
            String decision, String decidedBy, Instant decidedAt) {
    }

    private static final String SELECT = "SELECT id, first_report_id, second_report_id, probability, refused_match,"
            + " decision, decided_by, decided_at FROM casualties_review";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Reviews(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Pending pairs, most probable first (or decided ones, newest first). */
    @Transactional(readOnly = true)
    List<Review> find(boolean decided, int page, int size) {
        return jdbc.sql(SELECT + " WHERE decision IS "
                        + (decided ? "NOT NULL ORDER BY decided_at DESC, id" : "NULL ORDER BY probability DESC, id DESC")
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query(Reviews::map)
                .list();
    }

    @Transactional(readOnly = true)
    Review get(long id) {
        return find(id);
    }

    /** Records the decision; the persons change at the next linkage run, which keeps it. */
    @Transactional
    Review decide(long id, Verdict verdict) {
        Review before = find(id);
        String decision = verdict == Verdict.SAME ? "same" : "different";
        jdbc.sql("UPDATE casualties_review SET decision = :d, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("d", decision).param("by", AuditTrail.currentActor()).param("at", Timestamp.from(Instant.now()))
                .param("id", id).update();
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, Map.of("decision", decision,
                "before", before.decision() == null ? "pending" : before.decision()));
        return find(id);
    }

    private Review find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id)
                .query(Reviews::map)
                .optional().orElseThrow(() -> ApiProblem.notFound("No review with id " + id));
    }

    private static Review map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp(8);
        return new Review(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), at == null ? null : at.toInstant());
    }
}
