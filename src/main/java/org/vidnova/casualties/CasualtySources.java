package org.vidnova.casualties;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ApiProblem;

/** The lists victims are reported on. A source's code is its key in every import and in the linkage. */
@Service
class CasualtySources {

    static final String ENTITY = "casualties.source";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CasualtySources(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    CasualtySource create(String code, String name, SourceKind kind) {
        if (find(code).isPresent()) {
            throw ApiProblem.conflict("code", "a source with this code exists already");
        }
        CasualtySource source = new CasualtySource(code, name, kind, Instant.now());
        jdbc.sql("INSERT INTO casualties_source (code, name, kind, created_at) VALUES (:code, :name, :kind, :at)")
                .param("code", code).param("name", name).param("kind", kind.code())
                .param("at", Timestamp.from(source.createdAt()))
                .update();
        audit.record(ENTITY, code, AuditAction.CREATE, source);
        return source;
    }

    @Transactional(readOnly = true)
    Optional<CasualtySource> find(String code) {
        return jdbc.sql("SELECT code, name, kind, created_at FROM casualties_source WHERE code = :code")
                .param("code", code).query(CasualtySources::map).optional();
    }

    @Transactional(readOnly = true)
    List<CasualtySource> all() {
        return jdbc.sql("SELECT code, name, kind, created_at FROM casualties_source ORDER BY code")
                .query(CasualtySources::map).list();
    }

    private static CasualtySource map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CasualtySource(rs.getString("code"), rs.getString("name"),
                SourceKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getTimestamp("created_at").toInstant());
    }
}
