package org.vidnova.incidents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the aggregate tables, summed per cell (district, Kyiv day, Kyiv hour, type) until they are applied:
 * counting an incident adds one to its cell, uncounting it subtracts, and an edit does both. Cells are kept in
 * key order so that every transaction locks the rows of the aggregate tables in the same order.
 */
final class StatDeltas {

    /** An aggregate cell. {@code district} is {@value #OUTSIDE} outside the city; {@code hour} -1 when unknown. */
    record Cell(LocalDate day, String district, int hour, String type) {
    }

    /** What one cell gains or loses. */
    static final class Delta {
        long incidents;
        long killed;
        long injured;
        long killedUnknown;
        long injuredUnknown;

        boolean isZero() {
            return incidents == 0 && killed == 0 && injured == 0 && killedUnknown == 0 && injuredUnknown == 0;
        }
    }

    static final String OUTSIDE = "-";
    /** The type of a cell summed over all types (never written: such tables have no type column). */
    private static final String ALL_TYPES = "*";
    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::day).thenComparing(Cell::district)
            .thenComparingInt(Cell::hour).thenComparing(Cell::type);

    private final Map<Cell, Delta> cells = new TreeMap<>(ORDER);

    static Cell cellOf(Incident i) {
        return new Cell(i.localDay(), i.districtCode() == null ? OUTSIDE : i.districtCode(),
                i.localHour() == null ? -1 : i.localHour(), org.vidnova.web.Codes.of(i.type()));
    }

    void add(Incident i) {
        change(i, 1);
    }

    void subtract(Incident i) {
        change(i, -1);
    }

    private void change(Incident i, int sign) {
        Delta d = cells.computeIfAbsent(cellOf(i), c -> new Delta());
        d.incidents += sign;
        d.killed += sign * (i.killed() == null ? 0 : i.killed());
        d.injured += sign * (i.injured() == null ? 0 : i.injured());
        d.killedUnknown += sign * (i.killed() == null ? 1 : 0);
        d.injuredUnknown += sign * (i.injured() == null ? 1 : 0);
    }

    int size() {
        return cells.size();
    }

    /** The cells of {@code table} that change, in key order (summed over the days, hours or types it does not hold). */
    List<Map.Entry<Cell, Delta>> changes(StatTable table) {
        Map<Cell, Delta> changes = cells;
        if (!table.byDay || !table.byHour || !table.byType) {
            changes = new TreeMap<>(ORDER);
            for (Map.Entry<Cell, Delta> e : cells.entrySet()) {
                Cell c = e.getKey();
                Cell rolled = new Cell(table.byDay ? c.day() : LocalDate.EPOCH, c.district(),
                        table.byHour ? c.hour() : -1, table.byType ? c.type() : ALL_TYPES);
                Delta sum = changes.computeIfAbsent(rolled, x -> new Delta());
                Delta d = e.getValue();
                sum.incidents += d.incidents;
                sum.killed += d.killed;
                sum.injured += d.injured;
                sum.killedUnknown += d.killedUnknown;
                sum.injuredUnknown += d.injuredUnknown;
            }
        }
        return changes.entrySet().stream().filter(e -> !e.getValue().isZero()).toList();
    }

    void clear() {
        cells.clear();
    }
}
