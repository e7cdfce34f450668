package org.vidnova.damage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.vidnova.web.SqlArrays;

/**
 * The keys a damage import has met and on which line, in {@code damage_import_seen} rather than in memory, so a file
 * of any length can be told it names a key twice. The rows live only inside the import's transaction.
 */
@Repository
class DamageSeen {

    private final NamedParameterJdbcTemplate named;

    DamageSeen(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    String begin() {
        return UUID.randomUUID().toString();
    }

    /** The lines on which import {@code prefix} (import id '/' kind '/') met these keys, by key. */
    Map<String, Long> lines(String prefix, Collection<String> keys) {
        Map<String, Long> lines = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT seen_key, line FROM damage_import_seen WHERE seen_key = ANY(?)",
                "VARCHAR", keys.stream().map(k -> prefix + k).toList(),
                rs -> lines.put(rs.getString(1).substring(prefix.length()), rs.getLong(2)));
        return lines;
    }

    void add(String importId, String prefix, List<Map.Entry<String, Long>> keys) {
        if (!keys.isEmpty()) {
            named.batchUpdate("INSERT INTO damage_import_seen (seen_key, import_id, line) VALUES (:key, :import, :line)",
                    keys.stream().map(k -> new MapSqlParameterSource().addValue("key", prefix + k.getKey())
                            .addValue("import", importId).addValue("line", k.getValue()))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    void end(String importId) {
        named.update("DELETE FROM damage_import_seen WHERE import_id = :import", Map.of("import", importId));
    }
}
