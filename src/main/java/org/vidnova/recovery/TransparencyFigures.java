package org.vidnova.recovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;

/**
 * Where the money goes, for the public transparency page: cost and spending by status, by district and by
 * funding source (whole UAH). "Committed" is the cost of projects under way or done (implementation,
 * completion, completed), as the dashboard counts it; "planned" is the cost of those not yet started; cancelled
 * projects count in neither.
 */
@Service
class TransparencyFigures {

    /** One row of a breakdown: how many projects, their cost, the part committed, and what was spent. */
    record Row(String key, String nameUk, String nameEn, long projects, long cost, long committed, long spent) {
    }

    /** A funding source (city, state, donor) or a named donor, with the amount pledged. */
    record Source(String kind, String funder, long projects, long amount) {
    }

    record Figures(long projects, long planned, long committed, long spent, List<Row> byStatus,
            List<Row> byDistrict, List<Source> bySource) {
    }

    private final JdbcClient jdbc;
    private final Districts districts;

    TransparencyFigures(JdbcClient jdbc, Districts districts) {
        this.jdbc = jdbc;
        this.districts = districts;
    }

    /** The statuses {@link ProjectStatus#underWay()} counts as committed, as an SQL list: one rule, not two. */
    private static final String UNDER_WAY = java.util.Arrays.stream(ProjectStatus.values())
            .filter(ProjectStatus::underWay).map(s -> "'" + s.code() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    @Transactional(readOnly = true)
    Figures now() {
        List<Row> byStatus = new ArrayList<>();
        Map<String, Row> found = new HashMap<>();
        jdbc.sql("SELECT status, COUNT(*), SUM(cost), SUM(spent) FROM recovery_project GROUP BY status")
                .query(rs -> {
                    String s = rs.getString(1);
                    boolean underWay = ProjectStatus.parse(s).map(ProjectStatus::underWay).orElse(false);
                    found.put(s, new Row(s, null, null, rs.getLong(2), rs.getLong(3), underWay ? rs.getLong(3) : 0,
                            rs.getLong(4)));
                });
        long projects = 0;
        long planned = 0;
        long committed = 0;
        long spent = 0;
        for (ProjectStatus s : ProjectStatus.values()) {
            Row r = found.getOrDefault(s.code(), new Row(s.code(), null, null, 0, 0, 0, 0));
            byStatus.add(r);
            projects += r.projects();
            planned += s.candidate() ? r.cost() : 0;
            committed += r.committed();
            spent += r.spent();
        }
        List<Row> byDistrict = new ArrayList<>();
        jdbc.sql("""
                SELECT district_code, COUNT(*), SUM(cost),
                    SUM(CASE WHEN status IN (%s) THEN cost ELSE 0 END),
                    SUM(spent)
                FROM recovery_project GROUP BY district_code ORDER BY SUM(cost) DESC, district_code"""
                .formatted(UNDER_WAY))
                .query(rs -> {
                    String code = rs.getString(1);
                    District d = code == null ? null : districts.byCode(code).orElse(null);
                    byDistrict.add(new Row(code, d == null ? null : d.nameUk(), d == null ? null : d.nameEn(),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        List<Source> bySource = jdbc.sql("""
                SELECT kind, funder, COUNT(DISTINCT project_id), SUM(amount) FROM recovery_funding
                GROUP BY kind, funder ORDER BY SUM(amount) DESC, kind, funder""")
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
        return new Figures(projects, planned, committed, spent, byStatus, byDistrict, bySource);
    }
}
