package org.vidnova.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction (and requires one), so that a
 * change never commits without its audit row. There is deliberately no method to change or remove a row, and
 * the database refuses UPDATE and DELETE on the table (see the vendor migrations).
 */
@Service
public class AuditTrail {

    /** Actor recorded for changes made by the application itself (reference data, first start). */
    public static final String SYSTEM = "system";
    /** Actor recorded for what an anonymous visitor did (a resident's report); nothing identifies them. */
    public static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change by the current user (or {@value #SYSTEM} when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, AuditAction action, Object change) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action, change_json)
                VALUES (:at, :actor, :type, :id, :action, :change)""")
                .param("at", Timestamp.from(Instant.now()))
                .param("actor", currentActor())
                .param("type", entityType)
                .param("id", entityId)
                .param("action", action.name())
                .param("change", change == null ? null : json.writeValueAsString(change))
                .update();
    }

    /** Entries, newest first, optionally for one entity type and since an instant. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(String entityType, Instant since, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, entity_type, entity_id, action, change_json FROM audit_entry
                WHERE (CAST(:type AS VARCHAR(64)) IS NULL OR entity_type = :type)
                  AND occurred_at >= :since
                ORDER BY occurred_at DESC, id DESC
                LIMIT :limit""")
                .param("type", entityType)
                .param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), AuditAction.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    /** Who is acting now: the signed-in user's name, {@value #ANONYMOUS}, or {@value #SYSTEM}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        return auth instanceof AnonymousAuthenticationToken ? ANONYMOUS : auth.getName();
    }
}
