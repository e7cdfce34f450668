package org.vidnova.incidents;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate tables, each a GROUP BY of the register kept up to date: per Kyiv day, district, Kyiv hour and type
 * ({@code incidents_stat}); per day, district and type ({@code incidents_stat_day}); and per district, hour and type
 * over all time ({@code incidents_stat_hour}). A statistic reads the smallest that holds its keys: the daily one
 * has at most a row per district, day and type (about 25,000 a year) however many incidents there are; the hour of
 * day one at most 1,680 rows; the hourly one, needed only for hours within chosen days, can come close to a row per
 * incident when a million incidents spread evenly over the hours of years. The daily one without types
 * ({@code incidents_stat_district_day}, at most a row per district and day: 3,650 a year) answers statistics of all
 * types by district and day or by day, week or month alone: it is a seventh of the daily table, and that query read
 * the daily table in 78 ms on H2 over three years of a million incidents (see docs/benchmarks.md).
 */
enum StatTable {
    HOURLY("incidents_stat", true, true, true), DAILY("incidents_stat_day", true, false, true),
    HOUR_OF_DAY("incidents_stat_hour", false, true, true),
    DISTRICT_DAY("incidents_stat_district_day", true, false, false);

    final String name;
    final boolean byDay;
    final boolean byHour;
    final boolean byType;

    StatTable(String name, boolean byDay, boolean byHour, boolean byType) {
        this.name = name;
        this.byDay = byDay;
        this.byHour = byHour;
        this.byType = byType;
    }

    private List<String[]> keys() {
        List<String[]> keys = new ArrayList<>();
        if (byDay) {
            keys.add(new String[] {"local_day", "day", "DATE"});
        }
        keys.add(new String[] {"district_code", "district", "VARCHAR(19)"});
        if (byHour) {
            keys.add(new String[] {"local_hour", "hour", "INTEGER"});
        }
        if (byType) {
            keys.add(new String[] {"type", "type", "VARCHAR(16)"});
        }
        return keys;
    }

    String keyColumns() {
        return String.join(", ", keys().stream().map(k -> k[0]).toList());
    }

    /** The key as parameters :day, :district, :hour, :type, typed for an INSERT … SELECT. */
    String keyValues() {
        return String.join(", ", keys().stream().map(k -> "CAST(:" + k[1] + " AS " + k[2] + ")").toList());
    }

    String keyMatch() {
        return String.join(" AND ", keys().stream().map(k -> k[0] + " = :" + k[1]).toList());
    }

    /** {@code sql} with each :day, :district, … replaced by ?, to be bound with {@link #bindKey}. */
    static String positional(String sql) {
        return sql.replaceAll(":[A-Za-z]+", "?");
    }

    /** Binds the key of {@code cell} in the order of {@link #keyValues} and {@link #keyMatch}; returns the next. */
    int bindKey(PreparedStatement ps, int c, StatDeltas.Cell cell) throws SQLException {
        if (byDay) {
            ps.setObject(c++, cell.day());
        }
        ps.setString(c++, cell.district());
        if (byHour) {
            ps.setInt(c++, cell.hour());
        }
        if (byType) {
            ps.setString(c++, cell.type());
        }
        return c;
    }
}
