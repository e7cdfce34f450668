package org.vidnova.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class FacilityDecisionRepository {

    private static final String COLUMNS = """
            id, facility_id, decision, merge_target_id, relocate_district_code, relocate_lat, relocate_lon,
            cost_estimate, reason, decided_at, decided_by""";

    private final JdbcClient jdbc;

    FacilityDecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FacilityDecision insert(FacilityDecision d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recovery_facility_decision (facility_id, decision, merge_target_id,
                    relocate_district_code, relocate_lat, relocate_lon, cost_estimate, reason, decided_at, decided_by)
                VALUES (:facility, :decision, :merge, :district, :lat, :lon, :cost, :reason, :at, :by)""")
                .param("facility", d.facilityId()).param("decision", d.decision().code())
                .param("merge", d.mergeTargetId()).param("district", d.relocateDistrict())
                .param("lat", d.relocateLat()).param("lon", d.relocateLon()).param("cost", d.costEstimate())
                .param("reason", d.reason()).param("at", Timestamp.from(d.decidedAt())).param("by", d.decidedBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (long project : d.projectIds()) {
            jdbc.sql("INSERT INTO recovery_facility_decision_project (decision_id, project_id) VALUES (:d, :p)")
                    .param("d", id).param("p", project).update();
        }
        return d.withId(id);
    }

    /** A facility's decisions, newest first: the first is in force. */
    List<FacilityDecision> history(long facilityId) {
        return withProjects(jdbc.sql("SELECT " + COLUMNS + " FROM recovery_facility_decision WHERE facility_id = :f"
                + " ORDER BY id DESC").param("f", facilityId).query(FacilityDecisionRepository::map).list());
    }

    /** The decision in force of every facility that has one, by facility id. */
    Map<Long, FacilityDecision> latest() {
        Map<Long, FacilityDecision> byFacility = new HashMap<>();
        withProjects(jdbc.sql("SELECT " + COLUMNS + " FROM recovery_facility_decision WHERE id IN (SELECT MAX(id) "
                + "FROM recovery_facility_decision GROUP BY facility_id)").query(FacilityDecisionRepository::map)
                .list()).forEach(d -> byFacility.put(d.facilityId(), d));
        return byFacility;
    }

    private List<FacilityDecision> withProjects(List<FacilityDecision> decisions) {
        if (decisions.isEmpty()) {
            return decisions;
        }
        Map<Long, List<Long>> projects = projects(decisions.stream().map(FacilityDecision::id).toList());
        List<FacilityDecision> out = new ArrayList<>();
        for (FacilityDecision d : decisions) {
            out.add(new FacilityDecision(d.id(), d.facilityId(), d.decision(), d.mergeTargetId(),
                    d.relocateDistrict(), d.relocateLat(), d.relocateLon(), d.costEstimate(), d.reason(),
                    d.decidedAt(), d.decidedBy(), projects.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    private Map<Long, List<Long>> projects(Collection<Long> decisionIds) {
        Map<Long, List<Long>> byDecision = new HashMap<>();
        jdbc.sql("SELECT decision_id, project_id FROM recovery_facility_decision_project WHERE decision_id IN (:ids)"
                + " ORDER BY decision_id, project_id").param("ids", decisionIds).query((ResultSet rs) -> {
                    byDecision.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return byDecision;
    }

    private static FacilityDecision map(ResultSet rs, int n) throws SQLException {
        return new FacilityDecision(rs.getLong("id"), rs.getLong("facility_id"),
                FacilityDecisionKind.parse(rs.getString("decision")).orElseThrow(),
                rs.getObject("merge_target_id", Long.class), rs.getString("relocate_district_code"),
                rs.getObject("relocate_lat", Double.class), rs.getObject("relocate_lon", Double.class),
                rs.getObject("cost_estimate", Long.class), rs.getString("reason"),
                rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"), List.of());
    }
}
