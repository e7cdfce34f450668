package org.vidnova.damage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vidnova.web.Codes;
import org.vidnova.web.SqlArrays;

@Repository
class BuildingRepository {

    static final String COLUMNS = """
            id, source, external_id, address, lat, lon, footprint, district_code, use, name, floors, housing_units,
            residents, year_built, heritage, heritage_ref, institution_id, current_assessment_id, current_grade,
            created_at, created_by, updated_at, updated_by""";

    private static final String INSERT = """
            INSERT INTO damage_building (source, external_id, source_key, address, lat, lon, footprint, district_code,
                use, name, floors, housing_units, residents, year_built, heritage, heritage_ref, institution_id,
                created_at, created_by, updated_at, updated_by)
            VALUES (:source, :externalId, :sourceKey, :address, :lat, :lon, :footprint, :district, :use, :name,
                :floors, :units, :residents, :yearBuilt, :heritage, :heritageRef, :institution, :createdAt, :createdBy, :updatedAt,
                :updatedBy)""";

    private static final String UPDATE = """
            UPDATE damage_building SET address = :address, lat = :lat, lon = :lon, footprint = :footprint,
                district_code = :district, use = :use, name = :name, floors = :floors, housing_units = :units,
                residents = :residents, year_built = :yearBuilt, heritage = :heritage, heritage_ref = :heritageRef,
                institution_id = :institution, updated_at = :updatedAt, updated_by = :updatedBy
            WHERE id = :id""";

    /** Filters of the listing and exports; null means any. {@code grade} -1 is never assessed. */
    record Filter(String source, String district, BuildingUse use, Integer grade) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JdbcClient streaming;

    BuildingRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) {
        this.jdbc = jdbc;
        this.named = named;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(1000);
        this.streaming = JdbcClient.create(fetching);
    }

    /** Inserts all in one JDBC batch; returns them with their ids, in the same order. */
    List<Building> insertAll(List<Building> buildings) {
        if (buildings.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        named.batchUpdate(INSERT, buildings.stream().map(BuildingRepository::params)
                .toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        List<Map<String, Object>> generated = keys.getKeyList();
        return java.util.stream.IntStream.range(0, buildings.size()).mapToObj(n -> buildings.get(n)
                .withId(((Number) generated.get(n).values().iterator().next()).longValue())).toList();
    }

    void updateAll(List<Building> buildings) {
        if (!buildings.isEmpty()) {
            named.batchUpdate(UPDATE, buildings.stream().map(BuildingRepository::params)
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** Sets the current state of buildings: id → {assessment id, grade}, or null for never assessed. */
    void updateCurrent(Map<Long, long[]> current) {
        if (current.isEmpty()) {
            return;
        }
        named.batchUpdate("UPDATE damage_building SET current_assessment_id = :a, current_grade = :g WHERE id = :id",
                current.entrySet().stream().map(e -> new MapSqlParameterSource().addValue("id", e.getKey())
                        .addValue("a", e.getValue() == null ? null : e.getValue()[0])
                        .addValue("g", e.getValue() == null ? null : (int) e.getValue()[1]))
                        .toArray(SqlParameterSource[]::new));
    }

    Optional<Building> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM damage_building WHERE id = :id").param("id", id)
                .query(BuildingRepository::map).optional();
    }

    /** The stored buildings among these ids, by id, in one query. */
    Map<Long, Building> findByIds(Collection<Long> ids) {
        Map<Long, Building> found = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM damage_building WHERE id = ANY(?)",
                "BIGINT", ids, rs -> {
                    Building b = map(rs, 0);
                    found.put(b.id(), b);
                });
        return found;
    }

    /** The stored buildings among these keys (source '/' external id), by key, in one query. */
    Map<String, Building> findByKeys(Collection<String> sourceKeys) {
        Map<String, Building> found = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM damage_building WHERE source_key = ANY(?)",
                "VARCHAR", sourceKeys, rs -> {
                    Building b = map(rs, 0);
                    found.put(BatchImport.sourceKey(b.source(), b.externalId()), b);
                });
        return found;
    }

    List<Building> find(Filter f, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM damage_building WHERE " + WHERE + " ORDER BY id LIMIT :limit OFFSET :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset)
                .query(BuildingRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("SELECT COUNT(*) FROM damage_building WHERE " + WHERE).params(filterParams(f))
                .query(Long.class).single();
    }

    /**
     * Streams the buildings, 1,000 rows a fetch: inside a read-only transaction, since PostgreSQL's driver only reads
     * through a cursor with auto-commit off (otherwise it loads every row before the first is handed over).
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    void forEach(Filter f, Consumer<Building> each) {
        streaming.sql("SELECT " + COLUMNS + " FROM damage_building WHERE " + WHERE + " ORDER BY id")
                .params(filterParams(f)).query(rs -> {
                    each.accept(map(rs, 0));
                });
    }

    private static final String WHERE = """
            (CAST(:source AS VARCHAR(64)) IS NULL OR source = :source)
            AND (CAST(:district AS VARCHAR(19)) IS NULL OR district_code = :district)
            AND (CAST(:use AS VARCHAR(16)) IS NULL OR use = :use)
            AND (CAST(:grade AS INTEGER) IS NULL OR current_grade = :grade
                 OR (CAST(:grade AS INTEGER) = -1 AND current_grade IS NULL))""";

    private static Map<String, Object> filterParams(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("source", f.source());
        p.put("district", f.district());
        p.put("use", Codes.of(f.use()));
        p.put("grade", f.grade());
        return p;
    }

    private static MapSqlParameterSource params(Building b) {
        return new MapSqlParameterSource()
                .addValue("id", b.id())
                .addValue("source", b.source())
                .addValue("externalId", b.externalId())
                .addValue("sourceKey", BatchImport.sourceKey(b.source(), b.externalId()))
                .addValue("address", b.address())
                .addValue("lat", b.lat())
                .addValue("lon", b.lon())
                .addValue("footprint", b.footprint())
                .addValue("district", b.districtCode())
                .addValue("use", b.use().code())
                .addValue("name", b.name())
                .addValue("floors", b.floors())
                .addValue("units", b.housingUnits())
                .addValue("residents", b.residents())
                .addValue("yearBuilt", b.yearBuilt())
                .addValue("heritage", Codes.of(b.heritage()))
                .addValue("heritageRef", b.heritageRef())
                .addValue("institution", b.institutionId())
                .addValue("createdAt", Timestamp.from(b.createdAt()))
                .addValue("createdBy", b.createdBy())
                .addValue("updatedAt", Timestamp.from(b.updatedAt()))
                .addValue("updatedBy", b.updatedBy());
    }

    static Building map(ResultSet rs, int n) throws SQLException {
        return new Building(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("footprint"),
                rs.getString("district_code"), BuildingUse.parse(rs.getString("use")).orElseThrow(),
                rs.getString("name"), (Integer) rs.getObject("floors", Integer.class),
                rs.getObject("housing_units", Integer.class), rs.getObject("residents", Integer.class),
                rs.getObject("year_built", Integer.class), Heritage.parse(rs.getString("heritage")).orElseThrow(),
                rs.getString("heritage_ref"), rs.getObject("institution_id", Long.class),
                rs.getObject("current_assessment_id", Long.class), rs.getObject("current_grade", Integer.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
