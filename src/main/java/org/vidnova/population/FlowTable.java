package org.vidnova.population;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.vidnova.web.SqlArrays;

/**
 * One register of flows (registrations or counts) as a table: rows looked up by key a batch at a time, inserted and
 * updated as JDBC batches. The draft's fields are the table's columns after the key, in order.
 */
abstract class FlowTable<D extends FlowDraft> {

    /** A stored row: its id and what it says. */
    record Stored<D>(long id, D draft) {
    }

    private final String table;
    private final String entity;
    private final List<String> columns;
    private final JdbcTemplate jdbc;

    FlowTable(JdbcTemplate jdbc, String table, String entity, List<String> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.entity = entity;
        this.columns = columns;
    }

    /** The audit trail's entity type of the rows (a method: the repository is proxied, its fields are not). */
    String entity() {
        return entity;
    }

    /** Binds the draft's columns from {@code index}; returns the next index. */
    abstract int bind(PreparedStatement ps, int index, D draft) throws SQLException;

    abstract D read(ResultSet rs, String externalId) throws SQLException;

    /** The stored rows of {@code source} with these external ids, by external id. */
    Map<String, Stored<D>> find(String source, Collection<String> externalIds) {
        Map<String, Stored<D>> found = new HashMap<>();
        String prefix = source + '/';
        SqlArrays.query(jdbc, "SELECT id, external_id, " + String.join(", ", columns) + " FROM " + table
                + " WHERE source_key = ANY(?)", "VARCHAR", externalIds.stream().map(k -> prefix + k).toList(),
                rs -> found.put(rs.getString(2), new Stored<>(rs.getLong(1), read(rs, rs.getString(2)))));
        return found;
    }

    long[] insert(String source, List<D> drafts, Instant now, String actor) {
        if (drafts.isEmpty()) {
            return new long[0];
        }
        String sql = "INSERT INTO " + table + " (source, external_id, source_key, " + String.join(", ", columns)
                + ", created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, "
                + "?, ".repeat(columns.size()) + "?, ?, ?, ?)";
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int n) throws SQLException {
                D d = drafts.get(n);
                ps.setString(1, source);
                ps.setString(2, d.externalId());
                ps.setString(3, source + '/' + d.externalId());
                int i = bind(ps, 4, d);
                ps.setObject(i++, at);
                ps.setString(i++, actor);
                ps.setObject(i++, at);
                ps.setString(i, actor);
            }

            @Override
            public int getBatchSize() {
                return drafts.size();
            }
        }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        long[] ids = new long[drafts.size()];
        for (int n = 0; n < ids.length; n++) {
            ids[n] = ((Number) generated.get(n).values().iterator().next()).longValue();
        }
        return ids;
    }

    void update(List<Stored<D>> rows, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET " + String.join(" = ?, ", columns)
                + " = ?, updated_at = ?, updated_by = ? WHERE id = ?";
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
            int i = bind(ps, 1, row.draft());
            ps.setObject(i++, at);
            ps.setString(i++, actor);
            ps.setLong(i, row.id());
        });
    }
}
