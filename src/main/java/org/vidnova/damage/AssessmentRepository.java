package org.vidnova.damage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vidnova.web.Codes;
import org.vidnova.web.SqlArrays;

@Repository
class AssessmentRepository {

    static final String COLUMNS = """
            id, source, external_id, building_id, assessed_on, assessor, native_class, vidnova_grade,
            crosswalk_version, units_damaged, units_destroyed, habitable, rebuildable, incident_id, evidence_file,
            evidence_sha256, evidence_captured_at, evidence_lat, evidence_lon, notes, created_at, created_by,
            updated_at, updated_by""";

    private static final String INSERT = """
            INSERT INTO damage_assessment (source, external_id, source_key, building_id, assessed_on, assessor,
                assessor_rank, native_class, vidnova_grade, crosswalk_version, units_damaged, units_destroyed,
                habitable, rebuildable, incident_id, evidence_file, evidence_sha256, evidence_captured_at,
                evidence_lat, evidence_lon, notes, created_at, created_by, updated_at, updated_by)
            VALUES (:source, :externalId, :sourceKey, :building, :assessedOn, :assessor, :rank, :nativeClass, :grade,
                :crosswalk, :damaged, :destroyed, :habitable, :rebuildable, :incident, :file, :sha, :captured,
                :elat, :elon, :notes, :createdAt, :createdBy, :updatedAt, :updatedBy)""";

    private static final String UPDATE = """
            UPDATE damage_assessment SET building_id = :building, assessed_on = :assessedOn, assessor = :assessor,
                assessor_rank = :rank, native_class = :nativeClass, vidnova_grade = :grade,
                crosswalk_version = :crosswalk, units_damaged = :damaged, units_destroyed = :destroyed,
                habitable = :habitable, rebuildable = :rebuildable, incident_id = :incident, evidence_file = :file,
                evidence_sha256 = :sha, evidence_captured_at = :captured, evidence_lat = :elat, evidence_lon = :elon,
                notes = :notes, updated_at = :updatedAt, updated_by = :updatedBy
            WHERE id = :id""";

    /**
     * The current-state rule in SQL: of a building's assessments, the one of the highest-ranked assessor
     * (commission 1 … citizen 4), then the newest, then the last written. {@code %s} is an extra condition.
     */
    static final String RANKED = """
            SELECT building_id, id, vidnova_grade, ROW_NUMBER() OVER (PARTITION BY building_id
                ORDER BY assessor_rank, assessed_on DESC, id DESC) AS rn
            FROM damage_assessment WHERE %s""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AssessmentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    List<Assessment> insertAll(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        named.batchUpdate(INSERT, assessments.stream().map(AssessmentRepository::params)
                .toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        List<Map<String, Object>> generated = keys.getKeyList();
        List<Assessment> inserted = IntStream.range(0, assessments.size()).mapToObj(n -> assessments.get(n)
                .withId(((Number) generated.get(n).values().iterator().next()).longValue())).toList();
        link(inserted);
        return inserted;
    }

    /** Updates them; the incidents of those whose incidents changed ({@code relink}) are written anew. */
    void updateAll(List<Assessment> assessments, List<Assessment> relink) {
        if (!assessments.isEmpty()) {
            named.batchUpdate(UPDATE, assessments.stream().map(AssessmentRepository::params)
                    .toArray(SqlParameterSource[]::new));
        }
        if (!relink.isEmpty()) {
            named.getJdbcTemplate().batchUpdate("DELETE FROM damage_assessment_incident WHERE assessment_id = ?",
                    relink, relink.size(), (ps, a) -> ps.setLong(1, a.id()));
            link(relink);
        }
    }

    private void link(List<Assessment> assessments) {
        List<long[]> links = new ArrayList<>();
        assessments.forEach(a -> a.incidentIds().forEach(i -> links.add(new long[] {a.id(), i})));
        if (!links.isEmpty()) {
            named.getJdbcTemplate().batchUpdate(
                    "INSERT INTO damage_assessment_incident (assessment_id, incident_id) VALUES (?, ?)", links,
                    links.size(), (ps, l) -> {
                        ps.setLong(1, l[0]);
                        ps.setLong(2, l[1]);
                    });
        }
    }

    /** These assessments with the incidents each names, read in one query. */
    private List<Assessment> withIncidents(List<Assessment> assessments) {
        Map<Long, List<Long>> ids = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT assessment_id, incident_id FROM damage_assessment_incident"
                + " WHERE assessment_id = ANY(?) ORDER BY assessment_id, incident_id", "BIGINT",
                assessments.stream().filter(a -> a.incidentId() != null).map(Assessment::id).toList(),
                rs -> ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return assessments.stream().map(a -> a.incidentId() == null ? a
                : a.withIncidents(ids.getOrDefault(a.id(), List.of()))).toList();
    }

    /** The stored assessments among these keys (source '/' external id), by key. */
    Map<String, Assessment> findByKeys(Collection<String> sourceKeys) {
        List<Assessment> read = new ArrayList<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM damage_assessment WHERE source_key = ANY(?)",
                "VARCHAR", sourceKeys, rs -> {
                    read.add(map(rs, 0));
                });
        Map<String, Assessment> found = new HashMap<>();
        withIncidents(read).forEach(a -> found.put(BatchImport.sourceKey(a.source(), a.externalId()), a));
        return found;
    }

    /** A building's assessments, oldest first. */
    List<Assessment> findByBuilding(long buildingId) {
        return withIncidents(jdbc.sql("SELECT " + COLUMNS
                + " FROM damage_assessment WHERE building_id = :b ORDER BY assessed_on, id")
                .param("b", buildingId).query(AssessmentRepository::map).list());
    }

    /** The current assessment of each of these buildings as {id, grade}; null for a building without any. */
    Map<Long, long[]> current(Collection<Long> buildingIds) {
        Map<Long, long[]> current = new HashMap<>();
        buildingIds.forEach(id -> current.put(id, null));
        SqlArrays.query(named.getJdbcTemplate(), "SELECT building_id, id, vidnova_grade FROM ("
                        + RANKED.formatted("building_id = ANY(?)") + ") ranked WHERE rn = 1", "BIGINT", buildingIds,
                rs -> {
                    current.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getInt(3)});
                });
        return current;
    }

    private static MapSqlParameterSource params(Assessment a) {
        return new MapSqlParameterSource()
                .addValue("id", a.id())
                .addValue("source", a.source())
                .addValue("externalId", a.externalId())
                .addValue("sourceKey", BatchImport.sourceKey(a.source(), a.externalId()))
                .addValue("building", a.buildingId())
                .addValue("assessedOn", Date.valueOf(a.assessedOn()))
                .addValue("assessor", Codes.of(a.assessor()))
                .addValue("rank", a.assessor().rank())
                .addValue("nativeClass", a.nativeClass())
                .addValue("grade", a.grade())
                .addValue("crosswalk", a.crosswalkVersion())
                .addValue("damaged", a.unitsDamaged())
                .addValue("destroyed", a.unitsDestroyed())
                .addValue("habitable", a.habitable())
                .addValue("rebuildable", Codes.of(a.rebuildable()))
                .addValue("incident", a.incidentId())
                .addValue("file", a.evidenceFile())
                .addValue("sha", a.evidenceSha256())
                .addValue("captured", a.evidenceCapturedAt() == null ? null : Timestamp.from(a.evidenceCapturedAt()))
                .addValue("elat", a.evidenceLat())
                .addValue("elon", a.evidenceLon())
                .addValue("notes", a.notes())
                .addValue("createdAt", Timestamp.from(a.createdAt()))
                .addValue("createdBy", a.createdBy())
                .addValue("updatedAt", Timestamp.from(a.updatedAt()))
                .addValue("updatedBy", a.updatedBy());
    }

    static Assessment map(ResultSet rs, int n) throws SQLException {
        Timestamp captured = rs.getTimestamp("evidence_captured_at");
        // The lowest incident only: withIncidents reads them all where they are needed.
        Long incident = rs.getObject("incident_id", Long.class);
        return new Assessment(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getLong("building_id"), rs.getDate("assessed_on").toLocalDate(),
                Assessor.parse(rs.getString("assessor")).orElseThrow(), rs.getString("native_class"),
                rs.getInt("vidnova_grade"), rs.getString("crosswalk_version"),
                rs.getObject("units_damaged", Integer.class), rs.getObject("units_destroyed", Integer.class),
                rs.getObject("habitable", Boolean.class), Rebuildable.parse(rs.getString("rebuildable")).orElseThrow(),
                incident == null ? List.of() : List.of(incident), rs.getString("evidence_file"),
                rs.getString("evidence_sha256"), captured == null ? null : captured.toInstant(),
                rs.getObject("evidence_lat", Double.class), rs.getObject("evidence_lon", Double.class),
                rs.getString("notes"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
