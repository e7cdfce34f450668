package org.vidnova.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.audit.Changes;
import org.vidnova.web.ApiProblem;

/** The temporary housing sites, each with its occupancy counted from the households placed there. Writes audited. */
@Service
class TemporarySites {

    static final String ENTITY = "population.site";
    private static final String SELECT = "SELECT s.id, s.kind, s.name, s.district_code, s.places, s.accessible,"
            + " s.lat, s.lon, COALESCE((SELECT SUM(h.size) FROM population_household h WHERE h.site_id = s.id"
            + " AND h.status = 'placed'), 0) AS occupied FROM population_site s";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TemporarySites(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<TemporarySite> all() {
        return jdbc.sql(SELECT + " ORDER BY s.district_code, s.name, s.id").query(TemporarySites::map).list();
    }

    @Transactional(readOnly = true)
    Optional<TemporarySite> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(TemporarySites::map).optional();
    }

    @Transactional
    TemporarySite create(TemporarySiteForm form) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql("INSERT INTO population_site (kind, name, district_code, places, accessible, lat, lon,"
                + " updated_at) VALUES (:kind, :name, :district, :places, :accessible, :lat, :lon, :at)"), form)
                .update(keys, "id");
        TemporarySite created = find(keys.getKey().longValue()).orElseThrow();
        audit.record(ENTITY, String.valueOf(created.id()), AuditAction.CREATE, created);
        return created;
    }

    /** Replaces a site's description; its places may not fall below the people placed there. */
    @Transactional
    TemporarySite update(long id, TemporarySiteForm form) {
        TemporarySite before = find(id).orElseThrow(() -> notFound(id));
        if (form.places() < before.occupied()) {
            throw ApiProblem.conflict("places", "is less than the " + before.occupied() + " people placed there");
        }
        bind(jdbc.sql("UPDATE population_site SET kind = :kind, name = :name, district_code = :district,"
                + " places = :places, accessible = :accessible, lat = :lat, lon = :lon, updated_at = :at"
                + " WHERE id = :id"), form).param("id", id).update();
        TemporarySite after = find(id).orElseThrow();
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, Changes.between(before, after,
                java.util.Set.of("id", "occupied")));
        return after;
    }

    /** Removes a site nobody was ever placed in or proposed for (a site with a history is kept, its places 0). */
    @Transactional
    void delete(long id) {
        TemporarySite before = find(id).orElseThrow(() -> notFound(id));
        long used = jdbc.sql("SELECT (SELECT COUNT(*) FROM population_household WHERE site_id = :id)"
                + " + (SELECT COUNT(*) FROM population_placement WHERE site_id = :id OR final_site_id = :id)"
                + " + (SELECT COUNT(*) FROM population_placement_move WHERE site_id = :id)").param("id", id)
                .query(Long.class).single();
        if (used > 0) {
            throw ApiProblem.conflict("id", "households were placed in or proposed for this site; set its places"
                    + " to 0 instead");
        }
        jdbc.sql("DELETE FROM population_site WHERE id = :id").param("id", id).update();
        audit.record(ENTITY, String.valueOf(id), AuditAction.DELETE, Map.of("name", before.name()));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, TemporarySiteForm f) {
        return sql.param("kind", org.vidnova.web.Codes.of(f.kind())).param("name", f.name())
                .param("district", f.districtCode()).param("places", f.places()).param("accessible", f.accessible())
                .param("lat", f.lat()).param("lon", f.lon()).param("at", Timestamp.from(Instant.now()));
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No temporary site with id " + id);
    }

    private static TemporarySite map(ResultSet rs, int row) throws SQLException {
        return new TemporarySite(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
                rs.getString("district_code"), rs.getInt("places"), rs.getBoolean("accessible"),
                rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getInt("occupied"));
    }
}
