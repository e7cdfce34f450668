package org.vidnova.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    private static final String SELECT = """
            SELECT f.id, f.project_id, p.title, f.kind, f.text, f.language, f.status, f.received_at, f.moderated_at,
                f.moderated_by, f.reject_reason, f.answer
            FROM recovery_feedback f JOIN recovery_project p ON p.id = f.project_id""";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, String kind, String text, String language, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recovery_feedback (project_id, kind, text, language, status, received_at)
                VALUES (:project, :kind, :text, :language, 'waiting', :at)""")
                .param("project", projectId).param("kind", kind).param("text", text).param("language", language)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void moderate(long id, String status, String reason, String answer, Instant at, String by) {
        jdbc.sql("""
                UPDATE recovery_feedback SET status = :status, reject_reason = :reason, answer = :answer,
                    moderated_at = :at, moderated_by = :by WHERE id = :id""")
                .param("status", status).param("reason", reason).param("answer", answer)
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    Optional<Feedback> find(long id) {
        return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query(FeedbackRepository::map).optional();
    }

    /** Items of a status, oldest first: the moderation queue. */
    List<Feedback> byStatus(String status, int limit) {
        return jdbc.sql(SELECT + " WHERE f.status = :status ORDER BY f.received_at, f.id LIMIT :limit")
                .param("status", status).param("limit", limit).query(FeedbackRepository::map).list();
    }

    /** A project's published items, newest first. */
    List<Feedback> published(long projectId, int limit) {
        return jdbc.sql(SELECT + " WHERE f.project_id = :project AND f.status = 'published'"
                        + " ORDER BY f.received_at DESC, f.id DESC LIMIT :limit")
                .param("project", projectId).param("limit", limit).query(FeedbackRepository::map).list();
    }

    /** How many published items of this kind a project has. */
    long countPublished(long projectId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_feedback WHERE project_id = :project AND kind = :kind"
                + " AND status = 'published'").param("project", projectId).param("kind", kind)
                .query(Long.class).single();
    }

    /** Published complaints by project id (as text, for the page), for projects that have any. */
    Map<String, Long> publishedComplaints() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT project_id, COUNT(*) FROM recovery_feedback WHERE kind = 'complaint' AND status = 'published'"
                + " GROUP BY project_id").query((ResultSet rs) -> {
                    counts.put(String.valueOf(rs.getLong(1)), rs.getLong(2));
                });
        return counts;
    }

    private static Feedback map(ResultSet rs, int n) throws SQLException {
        Timestamp moderated = rs.getTimestamp("moderated_at");
        return new Feedback(rs.getLong("id"), rs.getLong("project_id"), rs.getString("title"), rs.getString("kind"),
                rs.getString("text"), rs.getString("language"), rs.getString("status"),
                rs.getTimestamp("received_at").toInstant(), moderated == null ? null : moderated.toInstant(),
                rs.getString("moderated_by"), rs.getString("reject_reason"), rs.getString("answer"));
    }
}
