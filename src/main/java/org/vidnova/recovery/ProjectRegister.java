package org.vidnova.recovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.damage.BuildingDirectory;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * The register of recovery projects: imports (upsert by source and external id), a planner's edits and the
 * conservation approval. Every write is audited. A project touching heritage cannot reach implementation, by
 * import or edit, before its approval is recorded.
 */
@Service
class ProjectRegister {

    static final String ENTITY = "recovery_project";

    private final ProjectRepository projects;
    private final BuildingDirectory buildings;
    private final Districts districts;
    private final HeritageGate heritage;
    private final Scoring scoring;
    private final AuditTrail audit;

    ProjectRegister(ProjectRepository projects, BuildingDirectory buildings, Districts districts,
            HeritageGate heritage, Scoring scoring, AuditTrail audit) {
        this.projects = projects;
        this.buildings = buildings;
        this.districts = districts;
        this.heritage = heritage;
        this.scoring = scoring;
        this.audit = audit;
    }

    @Transactional
    public ImportReport importRows(String source, String buildingSource, Consumer<Consumer<RowFields>> rows) {
        Map<String, Project> existing = projects.findBySource(source);
        Map<String, Long> seenOnLine = new HashMap<>();
        ImportTally tally = new ImportTally();
        Instant now = Instant.now();
        String actor = AuditTrail.currentActor();
        List<AuditTrail.Change> changes = new ArrayList<>();
        rows.accept(row -> {
            Optional<ProjectDraft> parsed = ProjectRows.read(row, buildingSource);
            if (parsed.isEmpty()) {
                tally.rejected(row.errors());
                return;
            }
            ProjectDraft d = parsed.get();
            Long firstLine = seenOnLine.putIfAbsent(d.externalId(), row.line());
            if (firstLine != null) {
                tally.rejected(List.of(row.problem("external_id", "appears twice in this file (first on line "
                        + firstLine + ")")));
                return;
            }
            List<BuildingDirectory.Entry> found = resolveBuildings(row, d);
            String district = district(row, d.district(), found);
            Project before = existing.get(d.externalId());
            Project after = before == null
                    ? new Project(0, source, d.externalId(), d.title(), d.type(), d.status(), district, d.cost(), 0,
                            d.beneficiaries(), d.beneficiaryKind(), 0, null, null, null, now, actor, now, actor)
                    : before.with(d, district, now, actor);
            if (row.ok() && d.status().underWay() && (before == null || !before.status().underWay())
                    && heritage.of(after, found).blocksImplementation()) {
                row.error("status", "cannot be " + d.status().code() + ": the project touches heritage and needs "
                        + "a recorded conservation approval first");
            }
            if (!row.ok()) {
                tally.rejected(row.errors());
                return;
            }
            List<Long> ids = found.stream().map(BuildingDirectory.Entry::id).sorted().toList();
            if (before == null) {
                long id = projects.insert(after);
                projects.replaceBuildings(id, ids);
                changes.add(new AuditTrail.Change(String.valueOf(id), AuditAction.CREATE, Map.of("project",
                        with(after, id), "buildings", ids)));
                tally.accepted(ImportTally.Outcome.CREATED);
                return;
            }
            List<Long> beforeIds = projects.buildingIds(before.id());
            Map<String, Object[]> changed = changes(before, after);
            if (!beforeIds.equals(ids)) {
                changed.put("buildings", new Object[] {beforeIds, ids});
            }
            if (changed.isEmpty()) {
                tally.accepted(ImportTally.Outcome.UNCHANGED);
                return;
            }
            projects.update(after);
            projects.replaceBuildings(before.id(), ids);
            changes.add(new AuditTrail.Change(String.valueOf(before.id()), AuditAction.UPDATE, changed));
            tally.accepted(ImportTally.Outcome.UPDATED);
        });
        audit.recordAll(ENTITY, changes);
        return tally.report();
    }

    private List<BuildingDirectory.Entry> resolveBuildings(RowFields row, ProjectDraft d) {
        if (d.buildingExternalIds().isEmpty()) {
            return List.of();
        }
        Map<String, BuildingDirectory.Entry> found = buildings.find(d.buildingSource(), d.buildingExternalIds());
        List<String> missing = d.buildingExternalIds().stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            row.error("building_external_ids", "names buildings not in damage source " + d.buildingSource() + ": "
                    + String.join(";", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : ""));
        }
        return d.buildingExternalIds().stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The declared district, else the district of its building first registered (so that the order of the ids
     * does not matter); unknown names are the row's error.
     */
    private String district(RowFields row, String declared, List<BuildingDirectory.Entry> found) {
        if (declared != null) {
            Optional<District> d = districts.resolve(declared);
            if (d.isEmpty()) {
                row.error("district", "is not a Kharkiv district code or name");
                return null;
            }
            return d.get().code();
        }
        return found.stream().filter(b -> b.districtCode() != null)
                .min(java.util.Comparator.comparingLong(BuildingDirectory.Entry::id))
                .map(BuildingDirectory.Entry::districtCode).orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<ProjectView> view(long id) {
        return projects.findById(id).map(p -> view(p, true));
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(ProjectRepository.Filter filter, int page, int size) {
        List<ProjectView> items = projects.find(filter, (long) page * size, size).stream().map(p -> view(p, false))
                .toList();
        return Map.of("items", items, "page", page, "size", size, "total", projects.count(filter));
    }

    ProjectView view(Project p, boolean details) {
        List<Long> ids = projects.buildingIds(p.id());
        List<BuildingDirectory.Entry> entries = buildings.find(ids);
        Scoring.Score score = scoring.of(p, ids);
        return new ProjectView(p.id(), p.source(), p.externalId(), p.title(), p.type().code(), p.status().code(),
                p.districtCode(), p.cost(), p.spent(), score.value(), Scoring.perMillion(score.value(), p.cost()),
                p.beneficiaries(), p.beneficiaryKind() == null ? null : p.beneficiaryKind().code(), p.progress(),
                entries.stream().map(ProjectView.BuildingRef::of).toList(), heritage.of(p, entries),
                details ? projects.funding(p.id()) : null, details ? projects.milestones(p.id()) : null,
                details ? projects.documents(p.id()) : null, p.updatedAt());
    }

    @Transactional
    public ProjectView patch(long id, ProjectPatch patch) {
        Project before = projects.findById(id).orElseThrow(() -> notFound(id));
        String district = before.districtCode();
        if (patch.district() != null) {
            district = patch.district().isBlank() ? null : districts.resolve(patch.district()).map(District::code)
                    .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        }
        ProjectStatus status = patch.status() == null ? before.status() : ProjectStatus.parse(patch.status())
                .orElseThrow();
        Instant now = Instant.now();
        Project after = new Project(id, before.source(), before.externalId(),
                patch.title() == null ? before.title() : patch.title(),
                patch.type() == null ? before.type() : ProjectType.parse(patch.type()).orElseThrow(), status,
                district, patch.cost() == null ? before.cost() : patch.cost(),
                patch.spent() == null ? before.spent() : patch.spent(),
                patch.beneficiaries() == null ? before.beneficiaries() : patch.beneficiaries(),
                patch.beneficiaryKind() == null ? before.beneficiaryKind()
                        : BeneficiaryKind.parse(patch.beneficiaryKind()).orElseThrow(),
                patch.progress() == null ? before.progress() : patch.progress(), before.approvalAt(),
                before.approvalBy(), before.approvalRef(), before.createdAt(), before.createdBy(), now,
                AuditTrail.currentActor());
        if (status.underWay() && !before.status().underWay()
                && heritage.of(after, buildings.find(projects.buildingIds(id))).blocksImplementation()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Conservation approval needed", "status: the project touches "
                    + "heritage; record its conservation approval before it moves to " + status.code(),
                    List.of(FieldError.of("status", "needs a recorded conservation approval first")));
        }
        Map<String, Object[]> changed = changes(before, after);
        projects.update(after);
        if (patch.funding() != null) {
            var funding = patch.funding().stream().map(f -> new ProjectDetails.Funding(f.kind(), f.funder(),
                    f.amount())).toList();
            changed.put("funding", new Object[] {projects.funding(id), funding});
            projects.replaceFunding(id, funding);
        }
        if (patch.milestones() != null) {
            var milestones = patch.milestones().stream().map(m -> new ProjectDetails.Milestone(m.title(), m.dueOn(),
                    m.doneOn())).toList();
            changed.put("milestones", new Object[] {projects.milestones(id), milestones});
            projects.replaceMilestones(id, milestones);
        }
        if (patch.documents() != null) {
            var documents = patch.documents().stream().map(d -> new ProjectDetails.Document(d.title(), d.url()))
                    .toList();
            changed.put("documents", new Object[] {projects.documents(id), documents});
            projects.replaceDocuments(id, documents);
        }
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, changed);
        return view(after, true);
    }

    /** Records the conservation approval (reference of the decision) of a project that touches heritage. */
    @Transactional
    public ProjectView approve(long id, String reference) {
        Project before = projects.findById(id).orElseThrow(() -> notFound(id));
        if (!heritage.of(before, buildings.find(projects.buildingIds(id))).required()) {
            throw ApiProblem.conflict("id", "the project touches no heritage and needs no conservation approval");
        }
        Instant now = Instant.now();
        String actor = AuditTrail.currentActor();
        Project after = new Project(id, before.source(), before.externalId(), before.title(), before.type(),
                before.status(), before.districtCode(), before.cost(), before.spent(), before.beneficiaries(),
                before.beneficiaryKind(), before.progress(), now, actor, reference, before.createdAt(),
                before.createdBy(), now, actor);
        projects.update(after);
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, Map.of("conservationApproval",
                Map.of("reference", reference, "at", now.toString())));
        return view(after, true);
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No recovery project with id " + id);
    }

    private static Project with(Project p, long id) {
        return new Project(id, p.source(), p.externalId(), p.title(), p.type(), p.status(), p.districtCode(),
                p.cost(), p.spent(), p.beneficiaries(), p.beneficiaryKind(), p.progress(), p.approvalAt(),
                p.approvalBy(), p.approvalRef(), p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy());
    }

    static Map<String, Object[]> changes(Project before, Project after) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        diff(changed, "title", before.title(), after.title());
        diff(changed, "type", before.type(), after.type());
        diff(changed, "status", before.status(), after.status());
        diff(changed, "district", before.districtCode(), after.districtCode());
        diff(changed, "cost", before.cost(), after.cost());
        diff(changed, "spent", before.spent(), after.spent());
        diff(changed, "beneficiaries", before.beneficiaries(), after.beneficiaries());
        diff(changed, "beneficiaryKind", before.beneficiaryKind(), after.beneficiaryKind());
        diff(changed, "progress", before.progress(), after.progress());
        return changed;
    }

    private static void diff(Map<String, Object[]> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, new Object[] {before, after});
        }
    }
}
