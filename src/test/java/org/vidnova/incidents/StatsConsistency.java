package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The invariant of the aggregate table: it equals a GROUP BY over the register, cell by cell. */
final class StatsConsistency {

    private StatsConsistency() {
    }

    static void assertMatchesRegister(JdbcClient jdbc) {
        List<String> fromTable = jdbc.sql("""
                SELECT local_day, district_code, local_hour, type, incidents, killed, injured, killed_unknown,
                    injured_unknown
                FROM incidents_stat WHERE incidents <> 0 OR killed <> 0 OR injured <> 0 OR killed_unknown <> 0
                    OR injured_unknown <> 0
                ORDER BY 1, 2, 3, 4""").query((rs, n) -> row(rs)).list();
        List<String> fromRegister = jdbc.sql("""
                SELECT local_day, COALESCE(district_code, '-'), COALESCE(local_hour, -1), type, COUNT(*),
                    COALESCE(SUM(killed), 0), COALESCE(SUM(injured), 0),
                    SUM(CASE WHEN killed IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN injured IS NULL THEN 1 ELSE 0 END)
                FROM incidents_incident
                GROUP BY local_day, COALESCE(district_code, '-'), COALESCE(local_hour, -1), type
                ORDER BY 1, 2, 3, 4""").query((rs, n) -> row(rs)).list();
        assertThat(fromTable).as("incidents_stat equals GROUP BY over incidents_incident")
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
