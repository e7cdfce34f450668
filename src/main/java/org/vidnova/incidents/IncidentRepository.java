package org.vidnova.incidents;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vidnova.web.Codes;
import org.vidnova.web.ImportTimes;

@Repository
class IncidentRepository {

    static final String COLUMNS = """
            id, source, external_id, occurred_at, time_precision, type, lat, lon, geo_precision, district_code,
            killed, injured, description, source_url, verification, local_day, local_hour, created_at, created_by,
            updated_at, updated_by""";

    private static final String INSERT = """
            INSERT INTO incidents_incident (source, external_id, source_key, occurred_at, time_precision, type, lat,
                lon, geo_precision, district_code, killed, injured, description, source_url, verification, local_day,
                local_hour, created_at, created_by, updated_at, updated_by)
            VALUES (:source, :externalId, :sourceKey, :occurredAt, :timePrecision, :type, :lat, :lon, :geoPrecision,
                :district,
                :killed, :injured, :description, :sourceUrl, :verification, :localDay, :localHour, :createdAt,
                :createdBy, :updatedAt, :updatedBy)""";

    private static final String UPDATE = """
            UPDATE incidents_incident SET occurred_at = :occurredAt, time_precision = :timePrecision, type = :type,
                lat = :lat, lon = :lon, geo_precision = :geoPrecision, district_code = :district, killed = :killed,
                injured = :injured, description = :description, source_url = :sourceUrl,
                verification = :verification, local_day = :localDay, local_hour = :localHour,
                updated_at = :updatedAt, updated_by = :updatedBy
            WHERE id = :id""";

    /** Filters of the register listing and exports; null means any. Instants from (inclusive) to (inclusive). */
    record Filter(String source, String district, List<String> types, Instant from, Instant to, double[] bbox,
            Verification verification) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    /** Reads the register row by row, a thousand at a time, so an export never holds it all. */
    private final JdbcClient streaming;

    IncidentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) {
        this.jdbc = jdbc;
        this.named = named;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(1000);
        this.streaming = JdbcClient.create(fetching);
    }

    long insert(Incident i) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).paramSource(params(i)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Inserts all in one JDBC batch; returns their ids in the same order. Bound by position, not by name: an import
     * binds 21 values a row, and naming them cost a tenth of its time (JFR).
     */
    long[] insertAll(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return new long[0];
        }
        var keys = new GeneratedKeyHolder();
        String sql = positional(INSERT);
        named.getJdbcTemplate().batchUpdate(con -> con.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int n) throws SQLException {
                        Incident i = incidents.get(n);
                        ps.setString(1, i.source());
                        ps.setString(2, i.externalId());
                        ps.setString(3, sourceKey(i.source(), i.externalId()));
                        int c = bindValues(ps, 4, i);
                        ps.setObject(c, utc(i.createdAt()));
                        ps.setString(c + 1, i.createdBy());
                        ps.setObject(c + 2, utc(i.updatedAt()));
                        ps.setString(c + 3, i.updatedBy());
                    }

                    @Override
                    public int getBatchSize() {
                        return incidents.size();
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        long[] ids = new long[incidents.size()];
        for (int n = 0; n < ids.length; n++) {
            ids[n] = ((Number) generated.get(n).values().iterator().next()).longValue();
        }
        return ids;
    }

    /** {@code sql} with each :name replaced by ?, in the same order (the names of INSERT and UPDATE are plain). */
    private static String positional(String sql) {
        return sql.replaceAll(":[A-Za-z]+", "?");
    }

    /** Binds occurred_at to updated_by's predecessors as INSERT and UPDATE list them; returns the next index. */
    private static int bindValues(PreparedStatement ps, int c, Incident i) throws SQLException {
        ps.setObject(c++, utc(i.occurredAt()));
        ps.setString(c++, Codes.of(i.timePrecision()));
        ps.setString(c++, Codes.of(i.type()));
        setNullable(ps, c++, i.lat(), Types.DOUBLE);
        setNullable(ps, c++, i.lon(), Types.DOUBLE);
        ps.setString(c++, Codes.of(i.geoPrecision()));
        setNullable(ps, c++, i.districtCode(), Types.VARCHAR);
        setNullable(ps, c++, i.killed(), Types.INTEGER);
        setNullable(ps, c++, i.injured(), Types.INTEGER);
        setNullable(ps, c++, i.description(), Types.VARCHAR);
        setNullable(ps, c++, i.sourceUrl(), Types.VARCHAR);
        ps.setString(c++, Codes.of(i.verification()));
        ps.setObject(c++, i.localDay());
        setNullable(ps, c++, i.localHour(), Types.INTEGER);
        return c;
    }

    private static void setNullable(PreparedStatement ps, int c, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(c, type);
        } else {
            ps.setObject(c, value, type);
        }
    }

    void update(Incident i) {
        jdbc.sql(UPDATE).paramSource(params(i)).update();
    }

    void updateAll(List<Incident> incidents) {
        if (!incidents.isEmpty()) {
            named.getJdbcTemplate().batchUpdate(positional(UPDATE), incidents, incidents.size(), (ps, i) -> {
                int c = bindValues(ps, 1, i);
                ps.setObject(c, utc(i.updatedAt()));
                ps.setString(c + 1, i.updatedBy());
                ps.setLong(c + 2, i.id());
            });
        }
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM incidents_incident WHERE id = :id").param("id", id).update() > 0;
    }

    Optional<Incident> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incidents_incident WHERE id = :id").param("id", id)
                .query(IncidentRepository::map).optional();
    }

    Optional<Incident> findByKey(String source, String externalId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incidents_incident WHERE source_key = :key")
                .param("key", sourceKey(source, externalId)).query(IncidentRepository::map).optional();
    }

    /** The key of an incident as one value: source, '/', external id (a source has no '/'). */
    static String sourceKey(String source, String externalId) {
        return source + '/' + externalId;
    }

    /** The stored incidents of {@code source} among {@code externalIds}, by external id, in one query. */
    Map<String, Incident> findByKeys(String source, Collection<String> externalIds) {
        Map<String, Incident> found = new HashMap<>();
        KeyLookup.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM incidents_incident WHERE source_key = ANY(?)",
                externalIds.stream().map(e -> sourceKey(source, e)).toList(), rs -> {
                    Incident i = map(rs, 0);
                    found.put(i.externalId(), i);
                });
        return found;
    }

    List<Incident> find(Filter f, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incidents_incident WHERE " + where(f)
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset)
                .query(IncidentRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("SELECT COUNT(*) FROM incidents_incident WHERE " + where(f)).params(filterParams(f))
                .query(Long.class).single();
    }

    /** Streams the matching incidents, oldest first, to {@code each}; call inside a transaction. */
    void forEach(Filter f, Consumer<Incident> each) {
        streaming.sql("SELECT " + COLUMNS + " FROM incidents_incident WHERE " + where(f)
                        + " ORDER BY occurred_at, id")
                .params(filterParams(f)).query(rs -> {
                    each.accept(map(rs, 0));
                });
    }

    /**
     * The latest incident time in a district (null: outside the city or unknown) on its last day, given by the
     * statistics: a range of the (district, time) index, quick on H2 too, which does not read MAX from an index.
     */
    Optional<Instant> lastOccurred(String district, LocalDate lastDay) {
        String where = district == null ? "district_code IS NULL" : "district_code = :d";
        Map<String, Object> p = new HashMap<>();
        p.put("d", district);
        p.put("from", utc(lastDay.atStartOfDay(ImportTimes.KYIV).toInstant()));
        p.put("until", utc(lastDay.plusDays(1).atStartOfDay(ImportTimes.KYIV).toInstant()));
        return jdbc.sql("SELECT MAX(occurred_at) AS last FROM incidents_incident WHERE " + where
                        + " AND occurred_at >= :from AND occurred_at < :until")
                .params(p).query((rs, n) -> instant(rs, "last")).optional().filter(java.util.Objects::nonNull);
    }

    /** The condition of each filter, by the parameter that carries it. */
    private static final Map<String, String> CONDITIONS = orderedMap(
            "source", "source = :source",
            "district", "district_code = :district",
            "types", "type IN (:types)",
            "from", "occurred_at >= :from",
            "to", "occurred_at <= :to",
            "minLon", "lon BETWEEN :minLon AND :maxLon AND lat BETWEEN :minLat AND :maxLat",
            "verification", "verification = :verification");

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The conditions of the filters that are set (those with parameters). */
    private static String where(Filter f) {
        Map<String, Object> params = filterParams(f);
        StringBuilder w = new StringBuilder("1 = 1");
        CONDITIONS.forEach((param, condition) -> {
            if (params.containsKey(param)) {
                w.append(" AND ").append(condition);
            }
        });
        return w.toString();
    }

    private static Map<String, Object> filterParams(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("source", f.source());
        p.put("district", f.district());
        p.put("types", f.types());
        p.put("from", utc(f.from()));
        p.put("to", utc(f.to()));
        if (f.bbox() != null) {
            p.put("minLon", f.bbox()[0]);
            p.put("minLat", f.bbox()[1]);
            p.put("maxLon", f.bbox()[2]);
            p.put("maxLat", f.bbox()[3]);
        }
        p.put("verification", Codes.of(f.verification()));
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }

    static MapSqlParameterSource params(Incident i) {
        return new MapSqlParameterSource()
                .addValue("id", i.id())
                .addValue("source", i.source())
                .addValue("externalId", i.externalId())
                .addValue("sourceKey", sourceKey(i.source(), i.externalId()))
                .addValue("occurredAt", utc(i.occurredAt()))
                .addValue("timePrecision", Codes.of(i.timePrecision()))
                .addValue("type", Codes.of(i.type()))
                .addValue("lat", i.lat(), java.sql.Types.DOUBLE)
                .addValue("lon", i.lon(), java.sql.Types.DOUBLE)
                .addValue("geoPrecision", Codes.of(i.geoPrecision()))
                .addValue("district", i.districtCode(), java.sql.Types.VARCHAR)
                .addValue("killed", i.killed(), java.sql.Types.INTEGER)
                .addValue("injured", i.injured(), java.sql.Types.INTEGER)
                .addValue("description", i.description(), java.sql.Types.VARCHAR)
                .addValue("sourceUrl", i.sourceUrl(), java.sql.Types.VARCHAR)
                .addValue("verification", Codes.of(i.verification()))
                .addValue("localDay", i.localDay())
                .addValue("localHour", i.localHour(), java.sql.Types.INTEGER)
                .addValue("createdAt", utc(i.createdAt()))
                .addValue("createdBy", i.createdBy())
                .addValue("updatedAt", utc(i.updatedAt()))
                .addValue("updatedBy", i.updatedBy());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Incident map(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                instant(rs, "occurred_at"), Codes.parse(TimePrecision.class, rs.getString("time_precision")).orElseThrow(),
                Codes.parse(IncidentType.class, rs.getString("type")).orElseThrow(), decimal(rs, "lat"),
                decimal(rs, "lon"), Codes.parse(GeoPrecision.class, rs.getString("geo_precision")).orElseThrow(),
                rs.getString("district_code"), integer(rs, "killed"), integer(rs, "injured"),
                rs.getString("description"), rs.getString("source_url"),
                Codes.parse(Verification.class, rs.getString("verification")).orElseThrow(),
                rs.getObject("local_day", LocalDate.class), integer(rs, "local_hour"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }
}
