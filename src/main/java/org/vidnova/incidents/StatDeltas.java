package org.vidnova.incidents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Changes to the aggregate tables, summed per cell of each table until they are applied: counting an incident adds
 * one to its cell, uncounting it subtracts, and an edit does both. Each table's cells are summed apart (a cell of the
 * daily table sums the hours and types it does not hold), so that an import can apply the large hourly table often
 * and the small ones once: 20,000 incidents of three years fill about 20,000 hourly cells but, between them, the
 * same 11,000 district-day cells again and again (counted for a million incidents of three years: applying every
 * table with each flush of the hourly one made 2.4 cell updates per incident, applying the small ones once 1.1; the
 * statistics were 46% of the import's CPU on H2). Cells are applied in key order so that every transaction locks
 * the rows of the aggregate tables in the same order.
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

    private final Map<StatTable, Map<Cell, Delta>> tables = new EnumMap<>(StatTable.class);

    StatDeltas() {
        for (StatTable table : StatTable.values()) {
            tables.put(table, new HashMap<>());
        }
    }

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
        Cell c = cellOf(i);
        long killed = sign * (i.killed() == null ? 0 : i.killed());
        long injured = sign * (i.injured() == null ? 0 : i.injured());
        long killedUnknown = sign * (i.killed() == null ? 1 : 0);
        long injuredUnknown = sign * (i.injured() == null ? 1 : 0);
        tables.forEach((table, cells) -> {
            Cell rolled = table.byDay && table.byHour && table.byType ? c
                    : new Cell(table.byDay ? c.day() : LocalDate.EPOCH, c.district(), table.byHour ? c.hour() : -1,
                            table.byType ? c.type() : ALL_TYPES);
            Delta d = cells.computeIfAbsent(rolled, x -> new Delta());
            d.incidents += sign;
            d.killed += killed;
            d.injured += injured;
            d.killedUnknown += killedUnknown;
            d.injuredUnknown += injuredUnknown;
        });
    }

    /** The cells of {@code table} pending. */
    int size(StatTable table) {
        return tables.get(table).size();
    }

    /** The cells of {@code table} that change, in key order (summed in a hash map, sorted once here). */
    List<Map.Entry<Cell, Delta>> changes(StatTable table) {
        return tables.get(table).entrySet().stream().filter(e -> !e.getValue().isZero())
                .sorted(Map.Entry.comparingByKey(ORDER)).toList();
    }

    void clear(StatTable table) {
        tables.get(table).clear();
    }
}
