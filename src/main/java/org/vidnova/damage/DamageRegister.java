package org.vidnova.damage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.audit.Changes;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * The register of buildings and their assessments: imports (one transaction per file, streamed in batches, see
 * {@link BatchImport}) and reads. Every write is audited in its transaction; every assessment written publishes
 * {@link BuildingAssessed} and brings its building's current state up to date.
 */
@Service
public class DamageRegister {

    static final String BUILDING = "damage_building";
    static final String ASSESSMENT = "damage_assessment";
    static final String INSTITUTION = "damage_institution";
    static final Set<String> NOT_AUDITED = Set.of("id", "source", "externalId", "createdAt", "createdBy",
            "updatedAt", "updatedBy", "currentAssessmentId", "currentGrade");

    private final BuildingRepository buildings;
    private final AssessmentRepository assessments;
    private final InstitutionRepository institutions;
    private final DamageSeen seen;
    private final Districts districts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DamageIndicators indicators;

    DamageRegister(BuildingRepository buildings, AssessmentRepository assessments, InstitutionRepository institutions,
            DamageSeen seen, Districts districts, AuditTrail audit, ApplicationEventPublisher events,
            DamageIndicators indicators) {
        this.indicators = indicators;
        this.buildings = buildings;
        this.assessments = assessments;
        this.institutions = institutions;
        this.seen = seen;
        this.districts = districts;
        this.audit = audit;
        this.events = events;
    }

    /** A building with all its assessments, oldest first, and its institution (null when none). */
    record Found(Building building, List<Assessment> assessments, Institution institution) {
    }

    @Transactional(readOnly = true)
    public Optional<Found> find(long id) {
        return buildings.findById(id).map(b -> new Found(b, assessments.findByBuilding(id),
                b.institutionId() == null ? null : institutions.findById(b.institutionId()).orElse(null)));
    }

    /** Imports buildings into {@code source}, upserting by (source, external id). */
    @Transactional
    public ImportReport importBuildings(String source, Consumer<Consumer<RowFields>> rows) {
        BatchImport<BuildingDraft> run = new BatchImport<>(seen, "building", source, BuildingRows::read,
                BuildingDraft::externalId, this::writeBuildings);
        rows.accept(run::accept);
        return run.finish();
    }

    private void writeBuildings(BatchImport<BuildingDraft> run, List<BatchImport.Pending<BuildingDraft>> batch) {
        Map<String, Building> stored = buildings.findByKeys(batch.stream()
                .map(p -> BatchImport.sourceKey(run.source, p.key())).toList());
        Map<String, Institution> named = institutions.findByKeys(run.source, batch.stream()
                .map(p -> p.draft().institution()).filter(java.util.Objects::nonNull).distinct().toList());
        List<Building> inserts = new ArrayList<>();
        List<Building[]> updates = new ArrayList<>();
        for (BatchImport.Pending<BuildingDraft> p : batch) {
            BuildingDraft draft = p.draft();
            Institution institution = draft.institution() == null ? null : named.get(draft.institution());
            if (draft.institution() != null && institution == null) {
                run.tally.rejected(List.of(new org.vidnova.web.FieldError("institution", p.line(),
                        "names no institution of source " + run.source)));
                continue;
            }
            Long institutionId = institution == null ? null : institution.id();
            Building before = stored.get(BatchImport.sourceKey(run.source, p.key()));
            String district = districts.locate(draft.lat(), draft.lon()).map(District::code).orElse(null);
            if (before == null) {
                inserts.add(draft.create(run.source, district, institutionId, run.now, run.actor));
                run.tally.accepted(ImportTally.Outcome.CREATED);
            } else if (draft.sameAs(before, institutionId)) {
                run.tally.accepted(ImportTally.Outcome.UNCHANGED);
            } else {
                updates.add(new Building[] {before, draft.applyTo(before, district, institutionId, run.now,
                        run.actor)});
                run.tally.accepted(ImportTally.Outcome.UPDATED);
            }
        }
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (Building b : buildings.insertAll(inserts)) {
            changes.add(new AuditTrail.Change(String.valueOf(b.id()), AuditAction.CREATE, b));
        }
        buildings.updateAll(updates.stream().map(u -> u[1]).toList());
        for (Building[] u : updates) {
            changes.add(new AuditTrail.Change(String.valueOf(u[1].id()), AuditAction.UPDATE,
                    Changes.between(u[0], u[1], NOT_AUDITED)));
        }
        audit.recordAll(BUILDING, changes);
        if (!changes.isEmpty()) {
            indicators.changedOnCommit();
        }
    }

    /**
     * Imports institutions (facilities of one or more buildings, with capacity) into {@code source}, upserting by
     * (source, external id); import them before the buildings that name them.
     */
    @Transactional
    public ImportReport importInstitutions(String source, Consumer<Consumer<RowFields>> rows) {
        BatchImport<Institution> run = new BatchImport<>(seen, "institution", source, InstitutionRows::read,
                Institution::externalId, this::writeInstitutions);
        rows.accept(run::accept);
        return run.finish();
    }

    private void writeInstitutions(BatchImport<Institution> run, List<BatchImport.Pending<Institution>> batch) {
        Map<String, Institution> stored = institutions.findByKeys(run.source, batch.stream()
                .map(BatchImport.Pending::key).toList());
        List<Institution> inserts = new ArrayList<>();
        List<Institution[]> updates = new ArrayList<>();
        for (BatchImport.Pending<Institution> p : batch) {
            Institution draft = p.draft();
            Institution before = stored.get(p.key());
            if (before == null) {
                inserts.add(new Institution(0, run.source, draft.externalId(), draft.name(), draft.use(),
                        draft.capacityPupils(), draft.capacityChildren(), draft.capacityBeds()));
                run.tally.accepted(ImportTally.Outcome.CREATED);
            } else if (draft.sameAs(before)) {
                run.tally.accepted(ImportTally.Outcome.UNCHANGED);
            } else {
                updates.add(new Institution[] {before, draft.withId(before.id())});
                run.tally.accepted(ImportTally.Outcome.UPDATED);
            }
        }
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (Institution i : institutions.insertAll(inserts)) {
            changes.add(new AuditTrail.Change(String.valueOf(i.id()), AuditAction.CREATE, i));
        }
        institutions.updateAll(updates.stream().map(u -> u[1]).toList());
        for (Institution[] u : updates) {
            changes.add(new AuditTrail.Change(String.valueOf(u[1].id()), AuditAction.UPDATE,
                    Changes.between(u[0], u[1], NOT_AUDITED)));
        }
        audit.recordAll(INSTITUTION, changes);
        if (!changes.isEmpty()) {
            indicators.changedOnCommit();
        }
    }

    /**
     * Imports assessments into {@code source}, upserting by (source, external id); a row naming a building that is
     * not registered is rejected.
     */
    @Transactional
    public ImportReport importAssessments(String source, Consumer<Consumer<RowFields>> rows) {
        BatchImport<AssessmentDraft> run = new BatchImport<>(seen, "assessment", source,
                row -> AssessmentRows.read(row, source, Crosswalk.CURRENT), AssessmentDraft::externalId,
                this::writeAssessments);
        rows.accept(run::accept);
        return run.finish();
    }

    private void writeAssessments(BatchImport<AssessmentDraft> run,
            List<BatchImport.Pending<AssessmentDraft>> batch) {
        Map<String, Building> named = buildings.findByKeys(batch.stream().map(p -> p.draft().buildingKey())
                .distinct().toList());
        Map<String, Assessment> stored = assessments.findByKeys(batch.stream()
                .map(p -> BatchImport.sourceKey(run.source, p.key())).toList());
        List<Assessment> inserts = new ArrayList<>();
        List<Assessment[]> updates = new ArrayList<>();
        Set<Long> touched = new HashSet<>();
        for (BatchImport.Pending<AssessmentDraft> p : batch) {
            AssessmentDraft draft = p.draft();
            Building building = named.get(draft.buildingKey());
            if (building == null) {
                run.tally.rejected(List.of(new org.vidnova.web.FieldError("building_external_id", p.line(),
                        "names no building of source " + draft.buildingSource())));
                continue;
            }
            int units = (draft.unitsDamaged() == null ? 0 : draft.unitsDamaged())
                    + (draft.unitsDestroyed() == null ? 0 : draft.unitsDestroyed());
            if (building.housingUnits() != null && units > building.housingUnits()) {
                run.tally.rejected(List.of(new org.vidnova.web.FieldError("units_damaged", p.line(),
                        "with units_destroyed is more than the building's housing units ("
                                + building.housingUnits() + ")")));
                continue;
            }
            Assessment before = stored.get(BatchImport.sourceKey(run.source, p.key()));
            if (before == null) {
                inserts.add(draft.build(null, run.source, building.id(), run.now, run.actor));
                run.tally.accepted(ImportTally.Outcome.CREATED);
            } else if (draft.sameAs(before, building.id())) {
                run.tally.accepted(ImportTally.Outcome.UNCHANGED);
                continue;
            } else {
                updates.add(new Assessment[] {before, draft.build(before, run.source, building.id(), run.now,
                        run.actor)});
                touched.add(before.buildingId());
                run.tally.accepted(ImportTally.Outcome.UPDATED);
            }
            touched.add(building.id());
        }
        Map<Long, String> districtOf = new java.util.HashMap<>();
        named.values().forEach(b -> districtOf.put(b.id(), b.districtCode()));
        List<AuditTrail.Change> changes = new ArrayList<>();
        List<Assessment> written = new ArrayList<>();
        for (Assessment a : assessments.insertAll(inserts)) {
            changes.add(new AuditTrail.Change(String.valueOf(a.id()), AuditAction.CREATE, a));
            written.add(a);
        }
        assessments.updateAll(updates.stream().map(u -> u[1]).toList(), updates.stream()
                .filter(u -> !u[0].incidentIds().equals(u[1].incidentIds())).map(u -> u[1]).toList());
        for (Assessment[] u : updates) {
            changes.add(new AuditTrail.Change(String.valueOf(u[1].id()), AuditAction.UPDATE,
                    Changes.between(u[0], u[1], NOT_AUDITED)));
            written.add(u[1]);
        }
        audit.recordAll(ASSESSMENT, changes);
        buildings.updateCurrent(changedCurrent(assessments.current(touched), named.values()));
        written.forEach(a -> assessed(a, districtOf.get(a.buildingId())));
        if (!written.isEmpty()) {
            indicators.changedOnCommit();
        }
    }

    /**
     * Of the current states computed, those that differ from what the buildings read at the start of the batch
     * keep: most new assessments of a building with a commission's act change nothing, and updating a building row
     * rewrites all of it. A building not read (one an assessment moved away from) is always updated.
     */
    static Map<Long, long[]> changedCurrent(Map<Long, long[]> current, java.util.Collection<Building> read) {
        Map<Long, long[]> changed = new java.util.HashMap<>(current);
        for (Building b : read) {
            long[] now = current.get(b.id());
            if (current.containsKey(b.id()) && (now == null ? b.currentAssessmentId() == null
                    : b.currentAssessmentId() != null && b.currentAssessmentId() == now[0]
                            && b.currentGrade() != null && b.currentGrade() == now[1])) {
                changed.remove(b.id());
            }
        }
        return changed;
    }

    private void assessed(Assessment a, String district) {
        events.publishEvent(new BuildingAssessed(a.buildingId(), a.id(), a.assessor().name().toLowerCase(
                java.util.Locale.ROOT), a.grade(), a.assessedOn(), a.incidentId(), district));
    }

    /** The buildings (of {@code source}, or all when null) in a {@link SatelliteMatcher}. */
    @Transactional(readOnly = true)
    SatelliteMatcher satelliteMatcher(String source) {
        SatelliteMatcher matcher = new SatelliteMatcher();
        org.locationtech.jts.io.geojson.GeoJsonReader reader = new org.locationtech.jts.io.geojson.GeoJsonReader();
        buildings.forEach(new BuildingRepository.Filter(source, null, null, null), b -> {
            org.locationtech.jts.geom.Geometry footprint = null;
            if (b.footprint() != null) {
                try {
                    footprint = reader.read(b.footprint());
                } catch (org.locationtech.jts.io.ParseException e) {
                    footprint = null;
                }
            }
            matcher.add(BatchImport.sourceKey(b.source(), b.externalId()), b.lat(), b.lon(), footprint);
        });
        return matcher;
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No building with id " + id);
    }
}
