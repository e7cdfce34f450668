package org.vidnova.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.damage.BuildingUse;
import org.vidnova.damage.Facilities;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.geo.GreatCircle;
import org.vidnova.geo.NearestPointIndex;
import org.vidnova.identity.CurrentUser;
import org.vidnova.identity.Role;
import org.vidnova.population.PopulationFigures;
import org.vidnova.recovery.facility.CatchmentShare;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportTimes;

/**
 * Facility decisions: the damaged and destroyed facilities of the damage register with the decision in force,
 * a facility's evidence and decision history, and a planner's new decision (validated, audited, never overwriting
 * an earlier one). The evidence is computed from the damage, population and recovery registers when asked.
 */
@Service
class FacilityDecisions {

    static final String ENTITY = "recovery_facility_decision";
    static final int MERGE_TARGETS = 200;

    /** Filters of the list; null means any. */
    record Filter(String district, BuildingUse use, Boolean decided) {
    }

    private final Facilities facilities;
    private final FacilityDecisionRepository decisions;
    private final ProjectRepository projects;
    private final PopulationFigures population;
    private final Districts districts;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final int nearest;

    FacilityDecisions(Facilities facilities, FacilityDecisionRepository decisions, ProjectRepository projects,
            PopulationFigures population, Districts districts, CurrentUser user, AuditTrail audit,
            Environment settings) {
        this.facilities = facilities;
        this.decisions = decisions;
        this.projects = projects;
        this.population = population;
        this.districts = districts;
        this.user = user;
        this.audit = audit;
        this.nearest = settings.getProperty("vidnova.recovery.facilities.nearest", Integer.class, 3);
    }

    /**
     * The damaged and destroyed facilities that pass the filter, by id, a page of them. Only the damaged ones (or
     * those of the use asked) are read from the damage register.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> list(Filter filter, int page, int size) {
        List<Facilities.Facility> damaged = filter.use() == null ? facilities.damaged()
                : facilities.ofUse(filter.use()).stream().filter(Facilities.Facility::damaged).toList();
        Map<Long, FacilityDecision> latest = decisions.latest();
        List<Facilities.Facility> matching = damaged.stream()
                .filter(f -> filter.district() == null || filter.district().equals(f.districtCode()))
                .filter(f -> filter.decided() == null || filter.decided() == latest.containsKey(f.id())).toList();
        Function<Long, String> names = names(Map.of());
        boolean actor = showActor();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", matching.size());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("items", matching.stream().skip((long) page * size).limit(size)
                .map(f -> FacilitySummary.of(f, view(latest.get(f.id()), names, actor))).toList());
        return answer;
    }

    /** The facility {@code buildingId} belongs to, with its evidence and decisions; empty when it is no facility. */
    @Transactional(readOnly = true)
    public Optional<FacilityEvidence> evidence(long buildingId) {
        return facilities.of(buildingId).map(f -> evidence(f, facilities.ofUse(f.use())));
    }

    /** A facility another can merge into, for the planner's form. */
    record Target(long id, String name, long distanceMeters) {

        public String idText() {
            return String.valueOf(id);
        }
    }

    /** A facility's decision page: its evidence, and the facilities it could merge into, nearest first. */
    record DecisionPage(FacilityEvidence evidence, List<Target> targets) {
    }

    @Transactional(readOnly = true)
    public Optional<DecisionPage> decisionPage(long buildingId) {
        return facilities.of(buildingId).map(f -> {
            List<Facilities.Facility> sameUse = facilities.ofUse(f.use());
            List<Target> targets = sameUse.stream().filter(x -> x.id() != f.id())
                    .map(x -> new Target(x.id(), x.name(), Math.round(GreatCircle.distanceMeters(f.lat(), f.lon(),
                            x.lat(), x.lon()))))
                    .sorted(Comparator.comparingLong(Target::distanceMeters).thenComparingLong(Target::id))
                    .limit(MERGE_TARGETS).toList();
            return new DecisionPage(evidence(f, sameUse), targets);
        });
    }

    @Transactional
    public FacilityEvidence decide(long buildingId, FacilityDecisionRequest r) {
        Facilities.Facility f = facilities.of(buildingId).orElseThrow(() -> notFound(buildingId));
        if (!f.damaged()) {
            throw ApiProblem.conflict("buildingId", "the facility is not damaged nor destroyed (its current grade is "
                    + (f.grade() == null ? "not assessed" : f.grade()) + "): there is nothing to decide");
        }
        FacilityDecisionKind kind = FacilityDecisionKind.parse(r.decision()).orElseThrow(() -> ApiProblem
                .badRequest("decision", "must be one of " + org.vidnova.web.Codes.list(FacilityDecisionKind.class)));
        Long target = mergeTarget(f, kind, r.mergeTarget());
        boolean relocating = kind == FacilityDecisionKind.RELOCATE;
        if (!relocating && (r.relocateDistrict() != null || r.relocateLat() != null || r.relocateLon() != null)) {
            throw ApiProblem.badRequest("relocateDistrict", "is only for a relocate decision");
        }
        if ((r.relocateLat() == null) != (r.relocateLon() == null)) {
            throw ApiProblem.badRequest(r.relocateLat() == null ? "relocateLat" : "relocateLon",
                    "is required with the other coordinate");
        }
        String district = r.relocateDistrict() == null || r.relocateDistrict().isBlank() ? null
                : districts.resolve(r.relocateDistrict().strip()).map(District::code).orElseThrow(() -> ApiProblem
                        .badRequest("relocateDistrict", "is not a Kharkiv district code or name"));
        List<Long> projectIds = r.projectIds() == null ? List.of()
                : r.projectIds().stream().filter(Objects::nonNull).distinct().sorted().toList();
        for (long p : projectIds) {
            if (projects.findById(p).isEmpty()) {
                throw ApiProblem.badRequest("projectIds", "names no recovery project: " + p);
            }
        }
        FacilityDecision saved = decisions.insert(new FacilityDecision(0, f.id(), kind, target, district,
                r.relocateLat(), r.relocateLon(), r.costEstimate(), r.reason().strip(), Instant.now(),
                AuditTrail.currentActor(), projectIds));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("facilityId", saved.facilityId());
        change.put("decision", kind.code());
        change.put("mergeTargetId", target);
        change.put("relocateDistrict", district);
        change.put("relocateLat", r.relocateLat());
        change.put("relocateLon", r.relocateLon());
        change.put("costEstimate", r.costEstimate());
        change.put("reason", saved.reason());
        change.put("projectIds", projectIds);
        audit.record(ENTITY, String.valueOf(saved.id()), AuditAction.CREATE, change);
        return evidence(f, facilities.ofUse(f.use()));
    }

    private Long mergeTarget(Facilities.Facility f, FacilityDecisionKind kind, Long requested) {
        if (kind != FacilityDecisionKind.MERGE) {
            if (requested != null) {
                throw ApiProblem.badRequest("mergeTarget", "is only for a merge decision");
            }
            return null;
        }
        if (requested == null) {
            throw ApiProblem.badRequest("mergeTarget", "is required for a merge: the facility that takes over");
        }
        Facilities.Facility target = facilities.of(requested).orElseThrow(
                () -> ApiProblem.badRequest("mergeTarget", "names no facility of the damage register"));
        if (target.id() == f.id()) {
            throw ApiProblem.badRequest("mergeTarget", "is the facility itself");
        }
        if (target.use() != f.use()) {
            throw ApiProblem.badRequest("mergeTarget", "is a " + target.use().code() + " facility, not a "
                    + f.use().code() + " one");
        }
        return target.id();
    }

    /** {@code sameUse}: every facility of the facility's use, itself included. */
    private FacilityEvidence evidence(Facilities.Facility f, List<Facilities.Facility> sameUse) {
        Function<Long, String> names = names(sameUse.stream().collect(java.util.stream.Collectors.toMap(
                Facilities.Facility::id, x -> x.name() == null ? "" : x.name())));
        boolean actor = showActor();
        List<FacilityDecision> stored = decisions.history(f.id());
        List<FacilityDecisionView> history = stored.stream().map(d -> view(d, names, actor)).toList();
        FacilityDecision inForce = stored.isEmpty() ? null : stored.get(0);
        var current = f.current();
        return new FacilityEvidence(FacilitySummary.of(f, history.isEmpty() ? null : history.get(0)), f.buildings(),
                current == null ? null : new FacilityEvidence.Assessment(current.buildingId(), current.grade(),
                        current.state(), current.nativeClass(), current.assessor(), current.assessedOn()),
                f.rebuildable().name().toLowerCase(java.util.Locale.ROOT), catchment(f, sameUse), spare(f, sameUse),
                cost(inForce), history);
    }

    private FacilityEvidence.Catchment catchment(Facilities.Facility f, List<Facilities.Facility> sameUse) {
        LocalDate day = LocalDate.now(ImportTimes.KYIV);
        if (f.districtCode() == null) {
            return new FacilityEvidence.Catchment(day, null, null, null, null, null, null, null, null, null, null,
                    "the facility lies outside every district: no present population to share");
        }
        var present = population.asOf(day).districts().stream().filter(p -> f.districtCode().equals(p.district()))
                .findFirst();
        if (present.isEmpty()) {
            return new FacilityEvidence.Catchment(day, f.districtCode(), null, null, null, null, null, null, null,
                    null, null, "the population module has no estimate for the district");
        }
        List<Integer> capacities = sameUse.stream().filter(x -> f.districtCode().equals(x.districtCode()))
                .map(Facilities.Facility::capacity).toList();
        CatchmentShare.Share share = CatchmentShare.of(f.capacity(), capacities);
        var p = present.get();
        String note = "the district's present population × the facility's share of the district's "
                + share.facilities() + " " + f.use().code() + " facilities ("
                + (share.method() == CatchmentShare.Method.CAPACITY ? "by capacity" : "equal shares: a capacity is"
                        + " unknown") + "); all residents, not only children or patients: the estimates have no ages";
        return new FacilityEvidence.Catchment(day, f.districtCode(), p.estimate(), p.low(), p.high(),
                Math.round(share.fraction() * 10000) / 10000.0, share.method().name().toLowerCase(java.util.Locale.ROOT),
                share.facilities(), CatchmentShare.people(p.estimate(), share), CatchmentShare.people(p.low(), share),
                CatchmentShare.people(p.high(), share), note);
    }

    private FacilityEvidence.Spare spare(Facilities.Facility f, List<Facilities.Facility> sameUse) {
        Map<Long, Facilities.Facility> usable = new LinkedHashMap<>();
        List<NearestPointIndex.IndexedPoint> points = new ArrayList<>();
        for (Facilities.Facility x : sameUse) {
            if (x.usable() && x.id() != f.id()) {
                usable.put(x.id(), x);
                points.add(new NearestPointIndex.IndexedPoint(x.id(), x.lat(), x.lon(), true, true));
            }
        }
        List<FacilityEvidence.Nearby> found = new NearestPointIndex(points).nearest(f.lat(), f.lon(), nearest, false,
                false).stream().map(h -> {
                    Facilities.Facility x = usable.get(h.id());
                    return new FacilityEvidence.Nearby(x.id(), x.name(), x.districtCode(),
                            Math.round(h.distanceMeters()), x.capacity(), x.grade());
                }).toList();
        long unknown = found.stream().filter(n -> n.capacity() == null).count();
        Long total = unknown == found.size() ? null : found.stream().map(FacilityEvidence.Nearby::capacity)
                .filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        String note = "spare = the design capacity of the nearest usable facilities (graded 0 or never assessed):"
                + " their occupancy is not recorded, so this is an upper bound"
                + (unknown == 0 ? "" : "; " + unknown + " of them with no recorded capacity, not counted");
        return new FacilityEvidence.Spare(nearest, FacilitySummary.capacityKind(f), found, total, (int) unknown, false,
                note);
    }

    private FacilityEvidence.Cost cost(FacilityDecision inForce) {
        if (inForce == null) {
            return new FacilityEvidence.Cost(null, null, null, null, List.of());
        }
        List<FacilityEvidence.ProjectRef> linked = inForce.projectIds().stream().map(projects::findById)
                .flatMap(Optional::stream).map(p -> new FacilityEvidence.ProjectRef(p.id(), p.title(),
                        p.status().code(), p.cost())).toList();
        Long projectsCost = linked.isEmpty() ? null
                : linked.stream().mapToLong(FacilityEvidence.ProjectRef::cost).sum();
        Long estimate = inForce.costEstimate();
        return new FacilityEvidence.Cost(estimate != null ? estimate : projectsCost,
                estimate != null ? "estimate" : projectsCost != null ? "projects" : null, estimate, projectsCost,
                linked);
    }

    private FacilityDecisionView view(FacilityDecision d, Function<Long, String> names, boolean actor) {
        return d == null ? null : FacilityDecisionView.of(d, d.mergeTargetId() == null ? null
                : names.apply(d.mergeTargetId()), actor);
    }

    /** Facility names from {@code known}, else read from the damage register once each. */
    private Function<Long, String> names(Map<Long, String> known) {
        Map<Long, String> cache = new HashMap<>(known);
        return id -> cache.computeIfAbsent(id, k -> facilities.of(k).map(x -> x.name() == null ? "" : x.name())
                .orElse(null));
    }

    private boolean showActor() {
        return user.holds(Role.PLANNER);
    }

    static ApiProblem notFound(long buildingId) {
        return ApiProblem.notFound("no facility has building " + buildingId
                + " (a facility is a damage-register building of a non-residential use)");
    }
}
