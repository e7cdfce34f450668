package org.vidnova.incidents;

import java.time.Instant;
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
import org.vidnova.web.RowFields;

/**
 * The register of incidents: entering, importing, editing, verifying and deleting. Every write is audited, keeps
 * the aggregate statistics in step, and publishes {@link IncidentRecorded}, {@link IncidentChanged} or
 * {@link IncidentDeleted}, all in the transaction of the change.
 */
@Service
public class IncidentRegister {

    static final String ENTITY = "incident";
    /** Components an edit always changes, or that never change, left out of the audited differences. */
    static final Set<String> NOT_AUDITED = Set.of("id", "source", "externalId", "createdAt", "createdBy",
            "updatedAt", "updatedBy");

    private final IncidentRepository incidents;
    private final IncidentStats stats;
    private final ImportSeen seen;
    private final Districts districts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    /** How many keys an import keeps in memory to find repeated ones (tests lower it to reach the table). */
    int keysInMemory = IncidentImport.KEYS_IN_MEMORY;

    IncidentRegister(IncidentRepository incidents, IncidentStats stats, ImportSeen seen, Districts districts,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.stats = stats;
        this.seen = seen;
        this.districts = districts;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Incident> find(long id) {
        return incidents.findById(id);
    }

    /** Records one incident; a (source, external id) already registered is a 409 problem. */
    @Transactional
    public Incident create(IncidentDraft draft) {
        if (incidents.findByKey(draft.source(), draft.externalId()).isPresent()) {
            throw ApiProblem.conflict("externalId", "is already registered for source " + draft.source());
        }
        Instant now = Instant.now();
        Incident created = draft.create(0, districtOf(draft), now, AuditTrail.currentActor());
        Incident stored = withId(created, incidents.insert(created));
        recorded(stored);
        StatDeltas deltas = new StatDeltas();
        deltas.add(stored);
        stats.apply(deltas);
        return stored;
    }

    /**
     * Replaces the fields of an incident with those of {@code draft} (built by the caller from the stored values
     * and the edited ones); a draft without a verification keeps the stored one.
     */
    @Transactional
    public Incident update(long id, java.util.function.Function<Incident, IncidentDraft> edit) {
        Incident before = incidents.findById(id).orElseThrow(() -> notFound(id));
        IncidentDraft draft = edit.apply(before);
        if (draft.sameAs(before)) {
            return before;
        }
        Incident after = draft.applyTo(before, districtOf(draft), Instant.now(), AuditTrail.currentActor());
        incidents.update(after);
        changed(before, after);
        StatDeltas deltas = new StatDeltas();
        deltas.subtract(before);
        deltas.add(after);
        stats.apply(deltas);
        return after;
    }

    /** Sets the verification (an analyst's judgement); nothing else changes. */
    @Transactional
    public Incident verify(long id, Verification verification) {
        Incident before = incidents.findById(id).orElseThrow(() -> notFound(id));
        if (before.verification() == verification) {
            return before;
        }
        Incident after = new Incident(before.id(), before.source(), before.externalId(), before.occurredAt(),
                before.timePrecision(), before.type(), before.lat(), before.lon(), before.geoPrecision(),
                before.districtCode(), before.killed(), before.injured(), before.description(), before.sourceUrl(),
                verification, before.localDay(), before.localHour(), before.createdAt(), before.createdBy(),
                Instant.now(), AuditTrail.currentActor());
        incidents.update(after);
        changed(before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        Incident before = incidents.findById(id).orElseThrow(() -> notFound(id));
        incidents.delete(id);
        audit.record(ENTITY, String.valueOf(id), AuditAction.DELETE, before);
        events.publishEvent(new IncidentDeleted(id));
        StatDeltas deltas = new StatDeltas();
        deltas.subtract(before);
        stats.apply(deltas);
    }

    /**
     * Imports rows read by {@code reader} into {@code source} (unless a row names its own), upserting by (source,
     * external id), in one transaction and in batches, never holding the whole file: see {@link IncidentImport}.
     * An unreadable file (thrown by {@code rows}) rolls everything back.
     */
    @Transactional
    public ImportReport importRows(String source, IncidentRows reader, Consumer<Consumer<RowFields>> rows) {
        IncidentImport run = new IncidentImport(this, source, reader, seen.begin());
        rows.accept(run::accept);
        return run.finish();
    }

    // --- used by IncidentImport, inside the import's transaction ---

    IncidentRepository repository() {
        return incidents;
    }

    IncidentStats stats() {
        return stats;
    }

    int keysInMemory() {
        return keysInMemory;
    }

    ImportSeen seen() {
        return seen;
    }

    String districtOf(IncidentDraft d) {
        return d.lat() == null ? null : districts.locate(d.lat(), d.lon()).map(District::code).orElse(null);
    }

    void recorded(Incident stored) {
        audit.recordAll(ENTITY, List.of(created(stored)));
        events.publishEvent(IncidentRecorded.of(stored));
    }

    void changed(Incident before, Incident after) {
        AuditTrail.Change change = changed(before, after, events::publishEvent);
        audit.recordAll(ENTITY, List.of(change));
    }

    /** The audit row of a recorded incident (the caller records it, alone or in a batch). */
    static AuditTrail.Change created(Incident stored) {
        return new AuditTrail.Change(String.valueOf(stored.id()), AuditAction.CREATE, stored);
    }

    /** The audit row of a change; hands {@link IncidentChanged} to {@code publish}. */
    static AuditTrail.Change changed(Incident before, Incident after, Consumer<Object> publish) {
        Map<String, Object[]> changes = Changes.between(before, after, NOT_AUDITED);
        publish.accept(IncidentChanged.of(after, List.copyOf(changes.keySet())));
        return new AuditTrail.Change(String.valueOf(after.id()), AuditAction.UPDATE, changes);
    }

    AuditTrail audit() {
        return audit;
    }

    ApplicationEventPublisher events() {
        return events;
    }

    static Incident withId(Incident i, long id) {
        return new Incident(id, i.source(), i.externalId(), i.occurredAt(), i.timePrecision(), i.type(), i.lat(),
                i.lon(), i.geoPrecision(), i.districtCode(), i.killed(), i.injured(), i.description(), i.sourceUrl(),
                i.verification(), i.localDay(), i.localHour(), i.createdAt(), i.createdBy(), i.updatedAt(),
                i.updatedBy());
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No incident with id " + id);
    }
}
