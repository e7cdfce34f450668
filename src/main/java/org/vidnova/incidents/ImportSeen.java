package org.vidnova.incidents;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys an import has met so far and on which line, kept in the database rather than in memory so that a file of
 * any length can be told it names an incident twice. The rows live only inside the import's transaction: they are
 * deleted at its end, and a rolled-back import never wrote them.
 */
@Repository
class ImportSeen {

    /** A key met on a line. */
    record Key(String source, String externalId, long line) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ImportSeen(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(dataSource);
    }

    String begin() {
        return UUID.randomUUID().toString();
    }

    /** The lines on which this import met {@code externalIds} of {@code source}, by external id. */
    Map<String, Long> lines(String importId, String source, Collection<String> externalIds) {
        Map<String, Long> lines = new HashMap<>();
        if (!externalIds.isEmpty()) {
            jdbc.sql("""
                    SELECT external_id, line FROM incidents_import_seen
                    WHERE import_id = :import AND source = :source AND external_id IN (:ids)""")
                    .param("import", importId).param("source", source).param("ids", List.copyOf(externalIds))
                    .query(rs -> {
                        lines.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return lines;
    }

    void add(String importId, List<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        named.batchUpdate("INSERT INTO incidents_import_seen (import_id, source, external_id, line)"
                        + " VALUES (:import, :source, :externalId, :line)",
                keys.stream().map(k -> new MapSqlParameterSource().addValue("import", importId)
                        .addValue("source", k.source()).addValue("externalId", k.externalId())
                        .addValue("line", k.line())).toArray(SqlParameterSource[]::new));
    }

    void end(String importId) {
        jdbc.sql("DELETE FROM incidents_import_seen WHERE import_id = :import").param("import", importId).update();
    }
}
