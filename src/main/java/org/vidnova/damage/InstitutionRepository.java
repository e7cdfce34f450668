package org.vidnova.damage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vidnova.web.SqlArrays;

@Repository
class InstitutionRepository {

    static final String COLUMNS = "id, source, external_id, name, use, capacity_pupils, capacity_children, capacity_beds";

    private final NamedParameterJdbcTemplate named;

    InstitutionRepository(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** The institutions of {@code source} among these external ids, by external id, in one query. */
    Map<String, Institution> findByKeys(String source, Collection<String> externalIds) {
        Map<String, Institution> found = new HashMap<>();
        SqlArrays.query(named.getJdbcTemplate(), "SELECT " + COLUMNS + " FROM damage_institution WHERE external_id = ANY(?)",
                "VARCHAR", externalIds, rs -> {
                    Institution i = map(rs);
                    if (i.source().equals(source)) {
                        found.put(i.externalId(), i);
                    }
                });
        return found;
    }

    /** The external id of every institution, by id (institutions are few: one per facility). */
    Map<Long, String> externalIds() {
        Map<Long, String> ids = new HashMap<>();
        named.getJdbcTemplate().query("SELECT id, external_id FROM damage_institution",
                rs -> {
                    ids.put(rs.getLong(1), rs.getString(2));
                });
        return ids;
    }

    Optional<Institution> findById(long id) {
        return named.query("SELECT " + COLUMNS + " FROM damage_institution WHERE id = :id", Map.of("id", id),
                (rs, n) -> map(rs)).stream().findFirst();
    }

    List<Institution> insertAll(List<Institution> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        named.batchUpdate("""
                INSERT INTO damage_institution (source, external_id, name, use, capacity_pupils, capacity_children,
                    capacity_beds) VALUES (:source, :externalId, :name, :use, :pupils, :children, :beds)""",
                institutions.stream().map(InstitutionRepository::params).toArray(SqlParameterSource[]::new), keys,
                new String[] {"id"});
        List<Map<String, Object>> generated = keys.getKeyList();
        return java.util.stream.IntStream.range(0, institutions.size()).mapToObj(n -> institutions.get(n)
                .withId(((Number) generated.get(n).values().iterator().next()).longValue())).toList();
    }

    void updateAll(List<Institution> institutions) {
        if (!institutions.isEmpty()) {
            named.batchUpdate("""
                    UPDATE damage_institution SET name = :name, use = :use, capacity_pupils = :pupils,
                        capacity_children = :children, capacity_beds = :beds WHERE id = :id""",
                    institutions.stream().map(InstitutionRepository::params).toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource params(Institution i) {
        return new MapSqlParameterSource().addValue("id", i.id()).addValue("source", i.source())
                .addValue("externalId", i.externalId()).addValue("name", i.name()).addValue("use", i.use().code())
                .addValue("pupils", i.capacityPupils()).addValue("children", i.capacityChildren())
                .addValue("beds", i.capacityBeds());
    }

    private static Institution map(ResultSet rs) throws SQLException {
        return new Institution(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("name"), BuildingUse.parse(rs.getString("use")).orElseThrow(),
                rs.getObject("capacity_pupils", Integer.class), rs.getObject("capacity_children", Integer.class),
                rs.getObject("capacity_beds", Integer.class));
    }
}
