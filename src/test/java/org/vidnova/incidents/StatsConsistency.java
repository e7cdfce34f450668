package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The invariant of the aggregate tables: each equals a GROUP BY over the register, cell by cell. */
final class StatsConsistency {

    private StatsConsistency() {
    }

    static void assertMatchesRegister(JdbcClient jdbc) {
        assertTableMatches(jdbc, "incidents_stat", "local_hour", "COALESCE(local_hour, -1)");
        assertTableMatches(jdbc, "incidents_stat_day", "-1", "-1");
        assertTableMatches(jdbc, "incidents_stat_hour", "local_hour", "COALESCE(local_hour, -1)");
        assertDistrictDayMatches(jdbc);
    }

    /** incidents_stat_district_day, which has no hour nor type: as the others, with those two columns constant. */
    private static void assertDistrictDayMatches(JdbcClient jdbc) {
        List<String> fromTable = jdbc.sql("SELECT local_day, district_code, -1, 'all', incidents, killed, injured,"
                + " killed_unknown, injured_unknown FROM incidents_stat_district_day WHERE incidents <> 0"
                + " OR killed <> 0 OR injured <> 0 OR killed_unknown <> 0 OR injured_unknown <> 0 ORDER BY 1, 2")
                .query((rs, n) -> row(rs)).list();
        List<String> fromRegister = jdbc.sql("SELECT local_day, COALESCE(district_code, '-'), -1, 'all', COUNT(*),"
                + " COALESCE(SUM(killed), 0), COALESCE(SUM(injured), 0),"
                + " SUM(CASE WHEN killed IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN injured IS NULL THEN 1 ELSE 0 END)"
                + " FROM incidents_incident GROUP BY local_day, COALESCE(district_code, '-') ORDER BY 1, 2")
                .query((rs, n) -> row(rs)).list();
        assertThat(fromTable).as("incidents_stat_district_day equals GROUP BY over incidents_incident")
                .containsExactlyElementsOf(fromRegister);
    }

    private static void assertTableMatches(JdbcClient jdbc, String table, String hour, String registerHour) {
        boolean byDay = !table.equals("incidents_stat_hour");
        String day = byDay ? "local_day" : "'all'";
        List<String> fromTable = jdbc.sql("SELECT " + day + ", district_code, " + hour + ", type, incidents, killed,"
                + " injured, killed_unknown, injured_unknown FROM " + table + " WHERE incidents <> 0 OR killed <> 0"
                + " OR injured <> 0 OR killed_unknown <> 0 OR injured_unknown <> 0 ORDER BY 1, 2, 3, 4")
                .query((rs, n) -> row(rs)).list();
        List<String> fromRegister = jdbc.sql("SELECT " + day + ", COALESCE(district_code, '-'), " + registerHour
                + ", type, COUNT(*), COALESCE(SUM(killed), 0), COALESCE(SUM(injured), 0),"
                + " SUM(CASE WHEN killed IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN injured IS NULL THEN 1 ELSE 0 END)"
                + " FROM incidents_incident GROUP BY " + (byDay ? "local_day, " : "") + "COALESCE(district_code, '-'), "
                + ("-1".equals(registerHour) ? "" : registerHour + ", ") + "type ORDER BY 1, 2, 3, 4")
                .query((rs, n) -> row(rs)).list();
        assertThat(fromTable).as(table + " equals GROUP BY over incidents_incident")
                .containsExactlyElementsOf(fromRegister);
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            s.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        return s.toString();
    }
}
