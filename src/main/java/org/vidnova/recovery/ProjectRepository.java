package org.vidnova.recovery;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

    private static final String COLUMNS = """
            id, source, external_id, title, type, status, district_code, cost, spent, beneficiaries,
            beneficiary_kind, progress, approval_at, approval_by, approval_ref, created_at, created_by, updated_at,
            updated_by""";

    /** Filters of the listing; null means any. */
    record Filter(String district, ProjectStatus status, ProjectType type, String source) {
    }

    private static final String WHERE = """
            (CAST(:district AS VARCHAR(19)) IS NULL OR district_code = :district)
            AND (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
            AND (CAST(:type AS VARCHAR(16)) IS NULL OR type = :type)
            AND (CAST(:source AS VARCHAR(64)) IS NULL OR source = :source)""";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Project p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recovery_project (source, external_id, title, type, status, district_code, cost, spent,
                    beneficiaries, beneficiary_kind, progress, approval_at, approval_by, approval_ref, created_at,
                    created_by, updated_at, updated_by)
                VALUES (:source, :externalId, :title, :type, :status, :district, :cost, :spent, :beneficiaries,
                    :kind, :progress, :approvalAt, :approvalBy, :approvalRef, :createdAt, :createdBy, :updatedAt,
                    :updatedBy)""").params(params(p)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Project p) {
        jdbc.sql("""
                UPDATE recovery_project SET title = :title, type = :type, status = :status,
                    district_code = :district, cost = :cost, spent = :spent, beneficiaries = :beneficiaries,
                    beneficiary_kind = :kind, progress = :progress, approval_at = :approvalAt,
                    approval_by = :approvalBy, approval_ref = :approvalRef, updated_at = :updatedAt,
                    updated_by = :updatedBy
                WHERE id = :id""").params(params(p)).update();
    }

    Optional<Project> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recovery_project WHERE id = :id").param("id", id)
                .query(ProjectRepository::map).optional();
    }

    Map<String, Project> findBySource(String source) {
        Map<String, Project> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM recovery_project WHERE source = :source").param("source", source)
                .query(ProjectRepository::map).list().forEach(p -> found.put(p.externalId(), p));
        return found;
    }

    List<Project> find(Filter f, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recovery_project WHERE " + WHERE
                        + " ORDER BY id LIMIT :limit OFFSET :offset")
                .params(filterParams(f)).param("limit", limit).param("offset", offset)
                .query(ProjectRepository::map).list();
    }

    long count(Filter f) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_project WHERE " + WHERE).params(filterParams(f))
                .query(Long.class).single();
    }

    /** The projects not yet under way (identification, preparation): what a portfolio chooses among. */
    List<Project> candidates() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM recovery_project WHERE status IN ('identification', "
                + "'preparation') ORDER BY id").query(ProjectRepository::map).list();
    }

    List<Long> buildingIds(long projectId) {
        return jdbc.sql("SELECT building_id FROM recovery_project_building WHERE project_id = :id ORDER BY building_id")
                .param("id", projectId).query(Long.class).list();
    }

    /** The building ids of these projects (or of all when null), by project. */
    Map<Long, List<Long>> buildingIds(Collection<Long> projectIds) {
        Map<Long, List<Long>> byProject = new LinkedHashMap<>();
        if (projectIds != null && projectIds.isEmpty()) {
            return byProject;
        }
        String where = projectIds == null ? "" : " WHERE project_id IN (:ids)";
        var spec = jdbc.sql("SELECT project_id, building_id FROM recovery_project_building" + where
                + " ORDER BY project_id, building_id");
        if (projectIds != null) {
            spec = spec.param("ids", projectIds);
        }
        spec.query((ResultSet rs) -> {
            byProject.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return byProject;
    }

    void replaceBuildings(long projectId, Collection<Long> buildingIds) {
        jdbc.sql("DELETE FROM recovery_project_building WHERE project_id = :id").param("id", projectId).update();
        for (long b : buildingIds) {
            jdbc.sql("INSERT INTO recovery_project_building (project_id, building_id) VALUES (:p, :b)")
                    .param("p", projectId).param("b", b).update();
        }
    }

    List<ProjectDetails.Funding> funding(long projectId) {
        return jdbc.sql("SELECT kind, funder, amount FROM recovery_funding WHERE project_id = :id ORDER BY id")
                .param("id", projectId)
                .query((rs, n) -> new ProjectDetails.Funding(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    List<ProjectDetails.Milestone> milestones(long projectId) {
        return jdbc.sql("SELECT title, due_on, done_on FROM recovery_milestone WHERE project_id = :id ORDER BY id")
                .param("id", projectId)
                .query((rs, n) -> new ProjectDetails.Milestone(rs.getString(1), date(rs.getDate(2)),
                        date(rs.getDate(3)))).list();
    }

    List<ProjectDetails.Document> documents(long projectId) {
        return jdbc.sql("SELECT title, url FROM recovery_document WHERE project_id = :id ORDER BY id")
                .param("id", projectId)
                .query((rs, n) -> new ProjectDetails.Document(rs.getString(1), rs.getString(2))).list();
    }

    void replaceFunding(long projectId, List<ProjectDetails.Funding> funding) {
        jdbc.sql("DELETE FROM recovery_funding WHERE project_id = :id").param("id", projectId).update();
        for (var f : funding) {
            jdbc.sql("INSERT INTO recovery_funding (project_id, kind, funder, amount) VALUES (:p, :k, :f, :a)")
                    .param("p", projectId).param("k", f.kind()).param("f", f.funder()).param("a", f.amount())
                    .update();
        }
    }

    void replaceMilestones(long projectId, List<ProjectDetails.Milestone> milestones) {
        jdbc.sql("DELETE FROM recovery_milestone WHERE project_id = :id").param("id", projectId).update();
        for (var m : milestones) {
            jdbc.sql("INSERT INTO recovery_milestone (project_id, title, due_on, done_on) VALUES (:p, :t, :d, :e)")
                    .param("p", projectId).param("t", m.title())
                    .param("d", m.dueOn() == null ? null : Date.valueOf(m.dueOn()))
                    .param("e", m.doneOn() == null ? null : Date.valueOf(m.doneOn())).update();
        }
    }

    void replaceDocuments(long projectId, List<ProjectDetails.Document> documents) {
        jdbc.sql("DELETE FROM recovery_document WHERE project_id = :id").param("id", projectId).update();
        for (var d : documents) {
            jdbc.sql("INSERT INTO recovery_document (project_id, title, url) VALUES (:p, :t, :u)")
                    .param("p", projectId).param("t", d.title()).param("u", d.url()).update();
        }
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Map<String, Object> filterParams(Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("district", f.district());
        p.put("status", f.status() == null ? null : f.status().code());
        p.put("type", f.type() == null ? null : f.type().code());
        p.put("source", f.source());
        return p;
    }

    private static Map<String, Object> params(Project p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("source", p.source());
        m.put("externalId", p.externalId());
        m.put("title", p.title());
        m.put("type", p.type().code());
        m.put("status", p.status().code());
        m.put("district", p.districtCode());
        m.put("cost", p.cost());
        m.put("spent", p.spent());
        m.put("beneficiaries", p.beneficiaries());
        m.put("kind", p.beneficiaryKind() == null ? null : p.beneficiaryKind().code());
        m.put("progress", p.progress());
        m.put("approvalAt", timestamp(p.approvalAt()));
        m.put("approvalBy", p.approvalBy());
        m.put("approvalRef", p.approvalRef());
        m.put("createdAt", timestamp(p.createdAt()));
        m.put("createdBy", p.createdBy());
        m.put("updatedAt", timestamp(p.updatedAt()));
        m.put("updatedBy", p.updatedBy());
        return m;
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Project map(ResultSet rs, int n) throws SQLException {
        Timestamp approval = rs.getTimestamp("approval_at");
        String kind = rs.getString("beneficiary_kind");
        return new Project(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                rs.getString("title"), ProjectType.parse(rs.getString("type")).orElseThrow(),
                ProjectStatus.parse(rs.getString("status")).orElseThrow(), rs.getString("district_code"),
                rs.getLong("cost"), rs.getLong("spent"), rs.getObject("beneficiaries", Integer.class),
                kind == null ? null : BeneficiaryKind.parse(kind).orElseThrow(), rs.getInt("progress"),
                approval == null ? null : approval.toInstant(), rs.getString("approval_by"),
                rs.getString("approval_ref"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
