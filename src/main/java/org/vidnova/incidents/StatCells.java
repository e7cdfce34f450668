package org.vidnova.incidents;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates missing rows of an aggregate table, at zero, in a transaction of their own that commits at once. A zero
 * row changes no statistic, so it may outlive the change that wanted it; and once it exists, the change adds to it
 * with an UPDATE, which waits for (rather than collides with) another writer of the same cell. Without this step,
 * two transactions inserting the same new cell at once would fail on its primary key.
 */
@Component
class StatCells {

    private final NamedParameterJdbcTemplate jdbc;

    StatCells(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(StatTable table, List<StatDeltas.Cell> cells) {
        jdbc.getJdbcTemplate().batchUpdate(StatTable.positional("INSERT INTO " + table.name + " ("
                        + table.keyColumns() + ", incidents, killed, injured, killed_unknown, injured_unknown) SELECT "
                        + table.keyValues() + ", 0, 0, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM " + table.name
                        + " WHERE " + table.keyMatch() + ")"),
                cells, cells.size(), (ps, cell) -> table.bindKey(ps, table.bindKey(ps, 1, cell), cell));
    }
}
