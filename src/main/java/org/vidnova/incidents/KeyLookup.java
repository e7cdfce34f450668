package org.vidnova.incidents;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Looks up a batch of keys of one unique column with a single query, {@code column = ANY(?)} with the keys as one
 * SQL array. Not an IN list of a thousand parameters: PostgreSQL compares every row it reads with each of them in
 * turn, while it hashes an array (or probes the index); and not a two-column key: without statistics yet (a first
 * import into an empty table) PostgreSQL may then scan every row of the first column's value for each batch.
 */
final class KeyLookup {

    private KeyLookup() {
    }

    /** Runs {@code sql}, whose only parameter is the array of {@code keys}, and hands each row to {@code rows}. */
    static void query(JdbcTemplate jdbc, String sql, Collection<String> keys, RowCallbackHandler rows) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            Array array = connection.createArrayOf("VARCHAR", keys.toArray());
            statement.setArray(1, array);
            return statement;
        }, rows);
    }
}
