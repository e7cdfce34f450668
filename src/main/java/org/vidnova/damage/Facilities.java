package org.vidnova.damage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's facilities for other modules (recovery): every building of a non-residential use, grouped by its
 * institution as the indicators group them (an institution and all its buildings is one facility; a building of no
 * institution is one on its own), with its current state, whether it can be rebuilt, its capacity and its place.
 * A facility is named by its lowest building id. Read only.
 */
@Service
public class Facilities {

    /** The current assessment that decides a facility's state: its worst-graded building's. */
    public record Assessed(long buildingId, int grade, String state, String nativeClass, String assessor,
            LocalDate assessedOn, Rebuildable rebuildable) {
    }

    /** One building of a facility, with its own current grade (null: never assessed). */
    public record Part(long id, String name, String address, Integer grade) {
    }

    /**
     * A facility: {@code grade} is the highest current grade of its buildings (null when none was assessed);
     * {@code rebuildable} is yes when a current assessment of one of its buildings says it can be rebuilt, no when
     * one says it cannot and none says yes, else unknown; capacities are the institution's (null when unknown or
     * when the facility has no institution); lat/lon are the mean of its buildings'.
     */
    public record Facility(long id, Long institutionId, String name, BuildingUse use, String districtCode,
            double lat, double lon, Integer grade, Rebuildable rebuildable, Integer capacityPupils,
            Integer capacityChildren, Integer capacityBeds, Assessed current, List<Part> buildings) {

        /** Damaged (graded 1 to 3) or destroyed (4), as the indicators count them. */
        public boolean damaged() {
            return grade != null && grade >= 1;
        }

        /** Operational as the indicators count it: graded 0 or never assessed. */
        public boolean usable() {
            return !damaged();
        }

        public boolean includes(long buildingId) {
            return buildings.stream().anyMatch(b -> b.id() == buildingId);
        }

        /** The capacity of its use: pupils (school), children (kindergarten), beds (medical, perinatal). */
        public Integer capacity() {
            return switch (use) {
                case SCHOOL -> capacityPupils;
                case KINDERGARTEN -> capacityChildren;
                case MEDICAL, PERINATAL -> capacityBeds;
                default -> null;
            };
        }
    }

    private static final String QUERY = """
            SELECT b.id, b.institution_id, b.name, b.address, b.use, b.district_code, b.lat, b.lon, b.current_grade,
                a.vidnova_grade, a.native_class, a.assessor, a.assessed_on, a.rebuildable,
                i.name AS institution_name, i.use AS institution_use, i.capacity_pupils, i.capacity_children,
                i.capacity_beds
            FROM damage_building b
            LEFT JOIN damage_assessment a ON a.id = b.current_assessment_id
            LEFT JOIN damage_institution i ON i.id = b.institution_id
            WHERE b.use <> 'residential'""";

    private final JdbcClient jdbc;

    Facilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The damaged and destroyed facilities (a building graded 1 or more, with all the buildings of its institution),
     * by id: one query that leaves the usable ones in the database.
     */
    @Transactional(readOnly = true)
    public List<Facility> damaged() {
        return group(jdbc.sql(QUERY + " AND (b.current_grade >= 1 OR b.institution_id IN (SELECT x.institution_id "
                + "FROM damage_building x WHERE x.current_grade >= 1 AND x.institution_id IS NOT NULL)) ORDER BY b.id")
                .query(Facilities::row).list()).stream().filter(Facility::damaged).toList();
    }

    /** The facilities of one use (an institution's use is its own, whatever its buildings say), by id. */
    @Transactional(readOnly = true)
    public List<Facility> ofUse(BuildingUse use) {
        return group(jdbc.sql(QUERY + " AND COALESCE(i.use, b.use) = :use ORDER BY b.id").param("use", use.code())
                .query(Facilities::row).list());
    }

    /** The facility a building belongs to (its institution's, or the building's own), or empty. */
    @Transactional(readOnly = true)
    public Optional<Facility> of(long buildingId) {
        // two index lookups rather than one OR across two columns, which a database may answer by a full scan
        Optional<Long> institution = jdbc.sql("SELECT institution_id FROM damage_building WHERE id = :id")
                .param("id", buildingId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional().flatMap(i -> i);
        List<Row> rows = institution.isPresent()
                ? jdbc.sql(QUERY + " AND b.institution_id = :i ORDER BY b.id").param("i", institution.get())
                        .query(Facilities::row).list()
                : jdbc.sql(QUERY + " AND b.id = :id").param("id", buildingId).query(Facilities::row).list();
        return group(rows).stream().filter(f -> f.includes(buildingId)).findFirst();
    }

    private record Row(long id, Long institutionId, String name, String address, BuildingUse use, String district,
            double lat, double lon, Integer grade, Assessed assessed, String institutionName, Integer pupils,
            Integer children, Integer beds) {
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        Integer grade = rs.getObject("vidnova_grade", Integer.class);
        Assessed assessed = grade == null ? null : new Assessed(id, grade, Crosswalk.label(grade),
                rs.getString("native_class"), rs.getString("assessor"), rs.getDate("assessed_on").toLocalDate(),
                Rebuildable.parse(rs.getString("rebuildable")).orElse(Rebuildable.UNKNOWN));
        String use = rs.getString("institution_use") != null ? rs.getString("institution_use") : rs.getString("use");
        return new Row(id, rs.getObject("institution_id", Long.class), rs.getString("name"),
                rs.getString("address"), BuildingUse.parse(use).orElseThrow(),
                rs.getString("district_code"), rs.getDouble("lat"), rs.getDouble("lon"), grade, assessed,
                rs.getString("institution_name"), rs.getObject("capacity_pupils", Integer.class),
                rs.getObject("capacity_children", Integer.class), rs.getObject("capacity_beds", Integer.class));
    }

    /**
     * Rows ordered by building id, grouped by institution (or alone); the first row names the facility. A row's use
     * is its institution's when it has one, so an institution's buildings are one facility of one use.
     */
    private static List<Facility> group(List<Row> rows) {
        Map<Long, List<Row>> byFacility = new LinkedHashMap<>();
        for (Row r : rows) {
            byFacility.computeIfAbsent(r.institutionId() == null ? -r.id() : r.institutionId(),
                    k -> new ArrayList<>()).add(r);
        }
        List<Facility> facilities = new ArrayList<>();
        for (List<Row> parts : byFacility.values()) {
            facilities.add(facility(parts));
        }
        facilities.sort(Comparator.comparingLong(Facility::id));
        return facilities;
    }

    private static Facility facility(List<Row> parts) {
        Row first = parts.get(0);
        Assessed worst = parts.stream().map(Row::assessed).filter(java.util.Objects::nonNull)
                .max(Comparator.comparingInt(Assessed::grade).thenComparing(Assessed::buildingId,
                        Comparator.reverseOrder())).orElse(null);
        boolean yes = parts.stream().anyMatch(p -> p.assessed() != null
                && p.assessed().rebuildable() == Rebuildable.YES);
        boolean no = parts.stream().anyMatch(p -> p.assessed() != null
                && p.assessed().rebuildable() == Rebuildable.NO);
        Rebuildable rebuildable = yes ? Rebuildable.YES : no ? Rebuildable.NO : Rebuildable.UNKNOWN;
        // the district of its buildings, the first by code should they straddle a border (as the indicators)
        String district = parts.stream().map(Row::district).filter(java.util.Objects::nonNull).sorted().findFirst()
                .orElse(null);
        String name = first.institutionName() != null ? first.institutionName()
                : first.name() != null ? first.name() : first.address();
        return new Facility(first.id(), first.institutionId(), name, first.use(), district,
                parts.stream().mapToDouble(Row::lat).average().orElseThrow(),
                parts.stream().mapToDouble(Row::lon).average().orElseThrow(),
                worst == null ? null : worst.grade(), rebuildable, first.pupils(), first.children(), first.beds(),
                worst, parts.stream().map(p -> new Part(p.id(), p.name(), p.address(), p.grade())).toList());
    }
}
