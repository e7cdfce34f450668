package org.vidnova.recovery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recovery module's figures for the city's dashboard: projects by status, money committed (the cost of
 * projects under way or done) and money spent, in whole UAH.
 */
@Service
public class RecoveryFigures {

    /** Projects by OC4IDS status code (every status present, 0 when none), committed and spent UAH. */
    public record Figures(Map<String, Long> projectsByStatus, long committed, long spent) {
    }

    private final JdbcClient jdbc;

    RecoveryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Figures now() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            byStatus.put(s.code(), 0L);
        }
        long[] money = new long[2];
        jdbc.sql("SELECT status, COUNT(*), SUM(cost), SUM(spent) FROM recovery_project GROUP BY status")
                .query(rs -> {
                    String status = rs.getString(1);
                    byStatus.put(status, rs.getLong(2));
                    if (ProjectStatus.parse(status).map(ProjectStatus::underWay).orElse(false)) {
                        money[0] += rs.getLong(3);
                    }
                    money[1] += rs.getLong(4);
                });
        return new Figures(byStatus, money[0], money[1]);
    }
}
