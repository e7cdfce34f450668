package org.vidnova.web;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Runs a query whose one parameter is a batch of values bound as a single SQL array ({@code column = ANY(?)}), the
 * way imports look up the stored rows a batch names: the database hashes the array or probes the index, where an
 * IN list of a thousand parameters would be compared row by row (see docs/architecture.md, streaming imports).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** {@code sqlType} is the array's element type, e.g. VARCHAR or BIGINT. Nothing runs for no values. */
    public static void query(JdbcTemplate jdbc, String sql, String sqlType, Collection<?> values,
            RowCallbackHandler rows) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            Array array = connection.createArrayOf(sqlType, values.toArray());
            statement.setArray(1, array);
            return statement;
        }, rows);
    }
}
