package org.vidnova.damage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public buildings of the register as the Council of Europe Register of Damage claim category B1.5 (public
 * buildings) would list them: one row per facility, that is an institution (all its buildings) or a non-residential
 * building of none, with its current state (the worst of its buildings'), the assessment that gives it, its
 * capacity, and the evidence hashes and incident ids of every assessment of its buildings. The mapping to the
 * register's fields is in docs/architecture.md.
 */
@Service
class CoeB15Export {

    static final List<String> COLUMNS = List.of("facility_id", "name", "use", "address", "district", "lat", "lon",
            "state", "grade", "assessed_on", "assessor", "rebuildable", "capacity_pupils", "capacity_children",
            "capacity_beds", "buildings", "evidence_sha256", "incident_ids");

    /** Facilities' buildings, one facility's rows together (institutions first, by id; then single buildings). */
    private static final String BUILDINGS = """
            SELECT b.id, b.source, b.external_id, b.institution_id, b.name, b.use, b.address, b.district_code, b.lat,
                b.lon, b.current_grade, a.assessed_on, a.assessor, a.rebuildable, i.source AS isource,
                i.external_id AS iexternal, i.name AS iname, i.use AS iuse, i.capacity_pupils, i.capacity_children,
                i.capacity_beds
            FROM damage_building b
            LEFT JOIN damage_assessment a ON a.id = b.current_assessment_id
            LEFT JOIN damage_institution i ON i.id = b.institution_id
            WHERE b.use <> 'residential' OR b.institution_id IS NOT NULL
            ORDER BY CASE WHEN b.institution_id IS NULL THEN 1 ELSE 0 END, b.institution_id, b.id""";

    private static final String FACILITY = "(b.use <> 'residential' OR b.institution_id IS NOT NULL)";

    private final JdbcTemplate streaming;

    CoeB15Export(DataSource dataSource) {
        // Rows are read 1,000 at a time (on PostgreSQL a cursor, inside the read-only transaction), never all at once.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    /** Writes the header and one record per facility. */
    @Transactional(readOnly = true)
    void write(CSVPrinter csv) throws IOException {
        csv.printRecord(COLUMNS);
        Map<Long, Set<String>> hashes = perBuilding("""
                SELECT a.building_id, a.evidence_sha256 FROM damage_assessment a
                JOIN damage_building b ON b.id = a.building_id WHERE a.evidence_sha256 IS NOT NULL AND %1$s
                UNION ALL
                SELECT a.building_id, e.sha256 FROM damage_evidence e JOIN damage_assessment a ON a.id = e.assessment_id
                JOIN damage_building b ON b.id = a.building_id WHERE %1$s""".formatted(FACILITY),
                (rs, to) -> to.add(rs.getString(2)));
        Map<Long, Set<String>> incidents = perBuilding("""
                SELECT a.building_id, l.incident_id FROM damage_assessment_incident l
                JOIN damage_assessment a ON a.id = l.assessment_id JOIN damage_building b ON b.id = a.building_id
                WHERE %s""".formatted(FACILITY), (rs, to) -> to.add(String.format("%019d", rs.getLong(2))));
        List<Row> facility = new ArrayList<>();
        streaming.query(BUILDINGS, rs -> {
            Row row = Row.of(rs);
            if (!facility.isEmpty() && (row.institutionId() == null
                    || !row.institutionId().equals(facility.get(0).institutionId()))) {
                print(csv, facility, hashes, incidents);
                facility.clear();
            }
            facility.add(row);
        });
        if (!facility.isEmpty()) {
            print(csv, facility, hashes, incidents);
        }
    }

    private Map<Long, Set<String>> perBuilding(String sql, SqlReader reader) {
        Map<Long, Set<String>> found = new HashMap<>();
        streaming.query(sql, rs -> {
            reader.read(rs, found.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()));
        });
        return found;
    }

    private interface SqlReader {
        void read(ResultSet rs, Set<String> to) throws SQLException;
    }

    /** One building of a facility, with its institution's fields when it has one. */
    private record Row(long id, String source, String externalId, Long institutionId, String name, String use,
            String address, String district, double lat, double lon, Integer grade, java.sql.Date assessedOn,
            String assessor, String rebuildable, String institutionKey, String institutionName, String institutionUse,
            Integer pupils, Integer children, Integer beds) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                    rs.getObject("institution_id", Long.class), rs.getString("name"), rs.getString("use"),
                    rs.getString("address"), rs.getString("district_code"), rs.getDouble("lat"), rs.getDouble("lon"),
                    rs.getObject("current_grade", Integer.class), rs.getDate("assessed_on"), rs.getString("assessor"),
                    rs.getString("rebuildable"), rs.getString("isource") == null ? null
                            : rs.getString("isource") + '/' + rs.getString("iexternal"),
                    rs.getString("iname"), rs.getString("iuse"), rs.getObject("capacity_pupils", Integer.class),
                    rs.getObject("capacity_children", Integer.class), rs.getObject("capacity_beds", Integer.class));
        }
    }

    private static void print(CSVPrinter csv, List<Row> buildings, Map<Long, Set<String>> hashes,
            Map<Long, Set<String>> incidents) {
        Row first = buildings.get(0);
        // The facility's state is its worst building's; that building's current assessment dates and signs it.
        Row worst = first;
        for (Row r : buildings) {
            if (r.grade() != null && (worst.grade() == null || r.grade() > worst.grade())) {
                worst = r;
            }
        }
        Set<String> sha = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        List<String> keys = new ArrayList<>();
        for (Row r : buildings) {
            sha.addAll(hashes.getOrDefault(r.id(), Set.of()));
            ids.addAll(incidents.getOrDefault(r.id(), Set.of()));
            keys.add(r.source() + '/' + r.externalId());
        }
        boolean institution = first.institutionId() != null;
        try {
            csv.printRecord(institution ? "institution:" + first.institutionKey() : "building:" + keys.get(0),
                    institution ? first.institutionName() : first.name(),
                    institution ? first.institutionUse() : first.use(),
                    String.join("; ", buildings.stream().map(Row::address).filter(a -> a != null).distinct().toList()),
                    first.district(), first.lat(), first.lon(),
                    worst.grade() == null ? "not_assessed" : Crosswalk.label(worst.grade()), worst.grade(),
                    worst.assessedOn(), worst.assessor(), worst.rebuildable(), first.pupils(), first.children(),
                    first.beds(), String.join(";", keys), String.join(";", sha),
                    String.join(";", ids.stream().map(i -> String.valueOf(Long.parseLong(i))).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
