package org.vidnova.shelters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ShelterRepository {

    private static final String COLUMNS = """
            id, source, external_id, name, kind, address, lat, lon, district_code, capacity, accessible, status,
            hours, notes, occupancy, occupancy_at, updated_at""";

    /** Filters of the register listing; null means any; {@code hidden}: kinds left out (the disclosure policy). */
    record Filter(String source, String district, ShelterKind kind, ShelterStatus status, Boolean accessible,
            java.util.Set<ShelterKind> hidden) {
    }

    private final JdbcClient jdbc;

    ShelterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Shelter s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shelters_shelter (source, external_id, name, kind, address, lat, lon, district_code,
                    capacity, accessible, status, hours, notes, occupancy, occupancy_at, updated_at)
                VALUES (:source, :externalId, :name, :kind, :address, :lat, :lon, :district, :capacity, :accessible,
                    :status, :hours, :notes, :occupancy, :occupancyAt, :updatedAt)""")
                .params(params(s))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Shelter s) {
        jdbc.sql("""
                UPDATE shelters_shelter SET name = :name, kind = :kind, address = :address, lat = :lat, lon = :lon,
                    district_code = :district, capacity = :capacity, accessible = :accessible, status = :status,
                    hours = :hours, notes = :notes, occupancy = :occupancy, occupancy_at = :occupancyAt,
                    updated_at = :updatedAt
                WHERE id = :id""")
                .params(params(s))
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM shelters_shelter WHERE id = :id").param("id", id).update() > 0;
    }

    Optional<Shelter> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shelters_shelter WHERE id = :id").param("id", id)
                .query(ShelterRepository::map).optional();
    }

    /** All shelters of one source, by external id, to upsert an import against. */
    Map<String, Shelter> findBySource(String source) {
        Map<String, Shelter> bySource = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM shelters_shelter WHERE source = :source").param("source", source)
                .query(ShelterRepository::map).list().forEach(s -> bySource.put(s.externalId(), s));
        return bySource;
    }

    /** Open shelters and their known places, counted by the database. */
    /** Open shelters and their known capacity, in the city ({@code district} null) or one district. */
    OpenShelters openTotals(String district) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(capacity), 0) FROM shelters_shelter WHERE status = 'open'"
                        + " AND (CAST(:district AS VARCHAR(19)) IS NULL OR district_code = :district)")
                .param("district", district)
                .query((rs, n) -> new OpenShelters(rs.getLong(1), rs.getLong(2))).single();
    }

    List<Shelter> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shelters_shelter ORDER BY id").query(ShelterRepository::map).list();
    }

    List<Shelter> find(Filter f, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shelters_shelter WHERE " + where() + " ORDER BY id"
                        + " LIMIT :limit OFFSET :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset)
                .query(ShelterRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("SELECT COUNT(*) FROM shelters_shelter WHERE " + where()).params(filterParams(f))
                .query(Long.class).single();
    }

    private static String where() {
        return """
                (CAST(:source AS VARCHAR(64)) IS NULL OR source = :source)
                AND (CAST(:district AS VARCHAR(19)) IS NULL OR district_code = :district)
                AND (CAST(:kind AS VARCHAR(16)) IS NULL OR kind = :kind)
                AND (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
                AND (CAST(:accessible AS BOOLEAN) IS NULL OR accessible = :accessible)
                AND POSITION(',' || kind || ',' IN :hidden) = 0""";
    }

    private static Map<String, Object> filterParams(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("source", f.source());
        p.put("district", f.district());
        p.put("kind", f.kind() == null ? null : f.kind().code());
        p.put("status", f.status() == null ? null : f.status().code());
        p.put("accessible", f.accessible());
        p.put("hidden", "," + f.hidden().stream().map(ShelterKind::code).sorted()
                .collect(java.util.stream.Collectors.joining(",")) + ",");
        return p;
    }

    private static Map<String, Object> params(Shelter s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id());
        p.put("source", s.source());
        p.put("externalId", s.externalId());
        p.put("name", s.name());
        p.put("kind", s.kind().code());
        p.put("address", s.address());
        p.put("lat", s.lat());
        p.put("lon", s.lon());
        p.put("district", s.districtCode());
        p.put("capacity", s.capacity());
        p.put("accessible", s.accessible());
        p.put("status", s.status().code());
        p.put("hours", s.hours());
        p.put("notes", s.notes());
        p.put("occupancy", s.occupancy());
        p.put("occupancyAt", timestamp(s.occupancyAt()));
        p.put("updatedAt", timestamp(s.updatedAt()));
        return p;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Shelter map(ResultSet rs, int row) throws SQLException {
        return new Shelter(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("name"), ShelterKind.parse(rs.getString("kind")).orElseThrow(), rs.getString("address"),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("district_code"), integer(rs, "capacity"),
                rs.getBoolean("accessible"), ShelterStatus.parse(rs.getString("status")).orElseThrow(),
                rs.getString("hours"), rs.getString("notes"), integer(rs, "occupancy"), instant(rs, "occupancy_at"),
                instant(rs, "updated_at"));
    }
}
