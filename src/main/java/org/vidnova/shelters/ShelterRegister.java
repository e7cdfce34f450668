package org.vidnova.shelters;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/** The register of shelters: imports, edits, deletion. Every write is audited and reaches the nearest index. */
@Service
public class ShelterRegister {

    static final String ENTITY = "shelter";

    private final ShelterRepository shelters;
    private final Districts districts;
    private final AuditTrail audit;
    private final NearestShelters nearest;

    ShelterRegister(ShelterRepository shelters, Districts districts, AuditTrail audit, NearestShelters nearest) {
        this.shelters = shelters;
        this.districts = districts;
        this.audit = audit;
        this.nearest = nearest;
    }

    @Transactional(readOnly = true)
    public Optional<Shelter> find(long id) {
        return shelters.findById(id);
    }

    @Transactional(readOnly = true)
    public OpenShelters open() {
        return shelters.openTotals(null);
    }

    /** Open shelters and their capacity in one district (by code). */
    @Transactional(readOnly = true)
    public OpenShelters open(String district) {
        return shelters.openTotals(district);
    }

    @Transactional(readOnly = true)
    public List<Shelter> all() {
        return shelters.findAll();
    }

    /**
     * Imports rows into {@code source}, upserting by (source, external id), in one transaction: a row equal to
     * what is stored changes nothing; a bad row is reported and skipped; an unreadable file (thrown by
     * {@code rows}) rolls everything back.
     */
    @Transactional
    public ImportReport importRows(String source, Consumer<Consumer<RowFields>> rows) {
        Map<String, Shelter> existing = shelters.findBySource(source);
        Map<String, Long> seenOnLine = new HashMap<>();
        ImportTally tally = new ImportTally();
        Instant now = Instant.now();
        rows.accept(row -> {
            Optional<ShelterDraft> parsed = ShelterRows.read(row);
            if (parsed.isEmpty()) {
                tally.rejected(row.errors());
                return;
            }
            ShelterDraft draft = parsed.get();
            Long firstLine = seenOnLine.putIfAbsent(draft.externalId(), row.line());
            if (firstLine != null) {
                tally.rejected(List.of(row.problem("external_id", "appears twice in this file (first on line "
                        + firstLine + ")")));
                return;
            }
            String district = districts.locate(draft.lat(), draft.lon()).map(District::code).orElse(null);
            checkDeclaredDistrict(row, draft, district, tally);
            Shelter before = existing.get(draft.externalId());
            if (before == null) {
                Shelter created = Shelter.create(0, source, draft, district, now);
                long id = shelters.insert(created);
                Shelter stored = Shelter.create(id, source, draft, district, now);
                audit.record(ENTITY, String.valueOf(id), AuditAction.CREATE, stored);
                AfterCommit.run(() -> nearest.put(stored));
                tally.accepted(ImportTally.Outcome.CREATED);
            } else if (draft.sameAs(before)) {
                tally.accepted(ImportTally.Outcome.UNCHANGED);
            } else {
                Shelter after = before.with(draft, district, now);
                shelters.update(after);
                audit.record(ENTITY, String.valueOf(after.id()), AuditAction.UPDATE, changes(before, after));
                AfterCommit.run(() -> nearest.put(after));
                tally.accepted(ImportTally.Outcome.UPDATED);
            }
        });
        return tally.report();
    }

    private void checkDeclaredDistrict(RowFields row, ShelterDraft draft, String computed, ImportTally tally) {
        if (draft.declaredDistrict() == null) {
            return;
        }
        Optional<District> declared = districts.resolve(draft.declaredDistrict());
        if (declared.isEmpty()) {
            tally.warn(row.problem("district", "is not a known district; the district was computed from lat/lon"));
        } else if (!declared.get().code().equals(computed)) {
            tally.warn(row.problem("district", "differs from the district at lat/lon ("
                    + (computed == null ? "outside the city" : computed) + "), which is used"));
        }
    }

    @Transactional
    public Shelter patch(long id, ShelterPatch patch) {
        Shelter before = shelters.findById(id).orElseThrow(() -> notFound(id));
        ShelterStatus status = patch.status() == null ? before.status()
                : ShelterStatus.parse(patch.status()).orElseThrow();
        Integer capacity = patch.capacity() == null ? before.capacity() : patch.capacity();
        Instant now = Instant.now();
        Shelter after = new Shelter(before.id(), before.source(), before.externalId(), before.name(), before.kind(),
                before.address(), before.lat(), before.lon(), before.districtCode(), capacity, before.accessible(),
                status, before.hours(), before.notes(),
                patch.occupancy() == null ? before.occupancy() : patch.occupancy(),
                patch.occupancy() == null ? before.occupancyAt() : now, now);
        shelters.update(after);
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, changes(before, after));
        AfterCommit.run(() -> nearest.put(after));
        return after;
    }

    @Transactional
    public void delete(long id) {
        Shelter before = shelters.findById(id).orElseThrow(() -> notFound(id));
        shelters.delete(id);
        audit.record(ENTITY, String.valueOf(id), AuditAction.DELETE, before);
        AfterCommit.run(() -> nearest.remove(id));
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No shelter with id " + id);
    }

    /** The fields that changed, as {field: [before, after]}, for the audit trail. */
    static Map<String, Object[]> changes(Shelter before, Shelter after) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        diff(changed, "name", before.name(), after.name());
        diff(changed, "kind", before.kind(), after.kind());
        diff(changed, "address", before.address(), after.address());
        diff(changed, "lat", before.lat(), after.lat());
        diff(changed, "lon", before.lon(), after.lon());
        diff(changed, "district", before.districtCode(), after.districtCode());
        diff(changed, "capacity", before.capacity(), after.capacity());
        diff(changed, "accessible", before.accessible(), after.accessible());
        diff(changed, "status", before.status(), after.status());
        diff(changed, "hours", before.hours(), after.hours());
        diff(changed, "notes", before.notes(), after.notes());
        diff(changed, "occupancy", before.occupancy(), after.occupancy());
        return changed;
    }

    private static void diff(Map<String, Object[]> changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.put(field, new Object[] {before, after});
        }
    }
}
