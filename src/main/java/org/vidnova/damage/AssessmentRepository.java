package org.vidnova.damage;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
        return IntStream.range(0, assessments.size()).mapToObj(n -> assessments.get(n)
                .withId(((Number) generated.get(n).values().iterator().next()).longValue())).toList();
    }

    void updateAll(List<Assessment> assessments) {
        if (!assessments.isEmpty()) {
            named.batchUpdate(UPDATE, assessments.stream().map(AssessmentRepository::params)
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** The stored assessments among these keys (source '/' external id), by key. */
    Map<String, Assessment> findByKeys(Collection<String> sourceKeys) {
        Map<String, Assessment> found = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM damage_assessment WHERE source_key = ANY(?)",
                "VARCHAR", sourceKeys, rs -> {
                    Assessment a = map(rs, 0);
                    found.put(BatchImport.sourceKey(a.source(), a.externalId()), a);
                });
        return found;
    }

    /** A building's assessments, oldest first. */
    List<Assessment> findByBuilding(long buildingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM damage_assessment WHERE building_id = :b ORDER BY assessed_on, id")
                .param("b", buildingId).query(AssessmentRepository::map).list();
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
        return new Assessment(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getLong("building_id"), rs.getDate("assessed_on").toLocalDate(),
                Assessor.parse(rs.getString("assessor")).orElseThrow(), rs.getString("native_class"),
                rs.getInt("vidnova_grade"), rs.getString("crosswalk_version"),
                rs.getObject("units_damaged", Integer.class), rs.getObject("units_destroyed", Integer.class),
                rs.getObject("habitable", Boolean.class), Rebuildable.parse(rs.getString("rebuildable")).orElseThrow(),
                rs.getObject("incident_id", Long.class), rs.getString("evidence_file"),
                rs.getString("evidence_sha256"), captured == null ? null : captured.toInstant(),
                rs.getObject("evidence_lat", Double.class), rs.getObject("evidence_lon", Double.class),
                rs.getString("notes"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
