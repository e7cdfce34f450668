package org.vidnova.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final String INSERT = """
            INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action, change_json)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcTemplate template, JsonMapper json) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.json = json;
    }

    /** Records a change by the current user (or {@value #SYSTEM} when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, String entityId, AuditAction action, Object change) {
        recordAll(entityType, List.of(new Change(entityId, action, change)));
    }

    /** One change of a batch: which entity, what was done, and the change as {@link #record} takes it. */
    public record Change(String entityId, AuditAction action, Object change) {
    }

    /**
     * Records many changes of one entity type by the current user, as {@link #record} would one by one, but with
     * one JDBC batch (one round trip, one prepared statement) and one time for all: each change is still its own
     * row, found by its entity id like any other. For bulk writes such as imports.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String entityType, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(Instant.now());
        String actor = currentActor();
        template.batchUpdate(INSERT, changes, changes.size(), (ps, c) -> {
            ps.setTimestamp(1, at);
            ps.setString(2, actor);
            ps.setString(3, entityType);
            ps.setString(4, c.entityId());
            ps.setString(5, c.action().name());
            ps.setString(6, c.change() == null ? null : json.writeValueAsString(c.change()));
        });
    }

    /** Entries, newest first, optionally for one entity type and since an instant. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(String entityType, Instant since, int limit) {
        return find(entityType, null, since, limit);
    }

    /**
     * Entries, newest first, optionally for one entity type, one entity id of it (its whole history: who created
     * and changed it, when, and what changed) and since an instant.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(String entityType, String entityId, Instant since, int limit) {
        // Only the conditions given, so that the database can use the (entity_type, entity_id) index.
        StringBuilder where = new StringBuilder("occurred_at >= :since");
        Map<String, Object> params = new HashMap<>();
        params.put("since", Timestamp.from(since == null ? Instant.EPOCH : since));
        params.put("limit", limit);
        if (entityType != null) {
            where.append(" AND entity_type = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            where.append(" AND entity_id = :entity");
            params.put("entity", entityId);
        }
        return jdbc.sql("SELECT id, occurred_at, actor, entity_type, entity_id, action, change_json FROM audit_entry"
                        + " WHERE " + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .params(params)
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
