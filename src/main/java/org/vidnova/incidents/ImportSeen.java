package org.vidnova.incidents;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The keys an import has met so far and on which line, kept in the database rather than in memory so that a file of
 * any length can be told it names an incident twice. The rows live only inside the import's transaction: they are
 * deleted at its end, and a rolled-back import never wrote them. A key is one column (import, source and external
 * id joined by '/'), looked up as {@link KeyLookup} explains.
 */
@Repository
class ImportSeen {

    /** A key met on a line. */
    record Key(String source, String externalId, long line) {
    }

    private final NamedParameterJdbcTemplate named;

    ImportSeen(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    String begin() {
        return UUID.randomUUID().toString();
    }

    /** The lines on which this import met {@code externalIds} of {@code source}, by external id. */
    Map<String, Long> lines(String importId, String source, Collection<String> externalIds) {
        Map<String, Long> lines = new HashMap<>();
        String prefix = importId + '/' + source + '/';
        KeyLookup.query(named.getJdbcTemplate(), "SELECT seen_key, line FROM incidents_import_seen WHERE seen_key = ANY(?)",
                externalIds.stream().map(e -> prefix + e).toList(),
                rs -> {
                    lines.put(rs.getString(1).substring(prefix.length()), rs.getLong(2));
                });
        return lines;
    }

    void add(String importId, List<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        named.getJdbcTemplate().batchUpdate("INSERT INTO incidents_import_seen (seen_key, import_id, line)"
                + " VALUES (?, ?, ?)", keys, keys.size(), (ps, k) -> {
                    ps.setString(1, importId + '/' + k.source() + '/' + k.externalId());
                    ps.setString(2, importId);
                    ps.setLong(3, k.line());
                });
    }

    void end(String importId) {
        named.update("DELETE FROM incidents_import_seen WHERE import_id = :import", Map.of("import", importId));
    }
}
