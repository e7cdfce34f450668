package org.vidnova.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * One streaming import, inside the transaction of {@link IncidentRegister#importRows}. Rows are read one at a time
 * and gathered into batches of {@value #BATCH}; each batch costs one query for the keys it names that this import
 * already met (to report a key given twice), one query per source for the stored incidents it names, one JDBC batch
 * of inserts and one of updates, and one of audit rows. A row equal to the stored incident writes nothing. Changes to
 * the statistics are summed per cell of each aggregate table and applied at the end, or when more than
 * {@value #MAX_CELLS} cells of the hourly table ({@value #MAX_ROLLED_CELLS} of another) are pending (see
 * {@link StatDeltas}), so memory stays flat however long the file: a batch of rows, the pending cells, and at most
 * 1,000 listed errors.
 */
final class IncidentImport {

    static final int BATCH = 1000;
    static final int MAX_CELLS = 20_000;
    /** Pending cells of the tables without hours (at most 3,650 district-days a year, 25,000 with types). */
    static final int MAX_ROLLED_CELLS = 100_000;

    private record Pending(long line, IncidentDraft draft) {
    }

    private final IncidentRegister register;
    private final String defaultSource;
    private final IncidentRows reader;
    private final String importId;
    private final ImportTally tally = new ImportTally();
    private final StatDeltas deltas = new StatDeltas();
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private final Instant now = Instant.now();
    private final String actor = AuditTrail.currentActor();

    IncidentImport(IncidentRegister register, String defaultSource, IncidentRows reader, String importId) {
        this.register = register;
        this.defaultSource = defaultSource;
        this.reader = reader;
        this.importId = importId;
    }

    void accept(RowFields row) {
        Optional<IncidentDraft> draft = reader.read(row);
        if (draft.isEmpty()) {
            tally.rejected(row.errors());
            return;
        }
        batch.add(new Pending(row.line(), draft.get().withSource(defaultSource)));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    ImportReport finish() {
        flush();
        register.stats().apply(deltas);
        register.seen().end(importId);
        return tally.report();
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Map<String, Pending>> bySource = firstOfEachKey();
        List<Incident> inserts = new ArrayList<>();
        List<Incident[]> updates = new ArrayList<>();
        List<ImportSeen.Key> met = new ArrayList<>();
        bySource.forEach((source, rows) -> {
            Map<String, Long> seenBefore = register.seen().lines(importId, source, rows.keySet());
            Map<String, Incident> stored = register.repository().findByKeys(source, rows.keySet());
            rows.forEach((externalId, pending) -> {
                Long firstLine = seenBefore.get(externalId);
                if (firstLine != null) {
                    duplicate(pending.line(), firstLine);
                    return;
                }
                met.add(new ImportSeen.Key(source, externalId, pending.line()));
                IncidentDraft draft = pending.draft();
                Incident before = stored.get(externalId);
                if (before == null) {
                    inserts.add(draft.create(0, register.districtOf(draft), now, actor));
                    tally.accepted(ImportTally.Outcome.CREATED);
                } else if (draft.sameAs(before)) {
                    tally.accepted(ImportTally.Outcome.UNCHANGED);
                } else {
                    updates.add(new Incident[] {before,
                            draft.applyTo(before, register.districtOf(draft), now, actor)});
                    tally.accepted(ImportTally.Outcome.UPDATED);
                }
            });
        });
        long[] ids = register.repository().insertAll(inserts);
        List<AuditTrail.Change> audited = new ArrayList<>(ids.length + updates.size());
        for (int n = 0; n < ids.length; n++) {
            Incident stored = IncidentRegister.withId(inserts.get(n), ids[n]);
            audited.add(IncidentRegister.created(stored));
            register.events().publishEvent(IncidentRecorded.of(stored));
            deltas.add(stored);
        }
        register.repository().updateAll(updates.stream().map(u -> u[1]).toList());
        for (Incident[] u : updates) {
            audited.add(IncidentRegister.changed(u[0], u[1], register.events()::publishEvent));
            deltas.subtract(u[0]);
            deltas.add(u[1]);
        }
        register.audit().recordAll(IncidentRegister.ENTITY, audited);
        register.seen().add(importId, met);
        batch.clear();
        register.stats().applyOver(deltas, table -> table == StatTable.HOURLY ? MAX_CELLS : MAX_ROLLED_CELLS);
    }

    /** The batch by source and external id, in file order; a key given twice in the batch is reported here. */
    private Map<String, Map<String, Pending>> firstOfEachKey() {
        Map<String, Map<String, Pending>> bySource = new HashMap<>();
        for (Pending p : batch) {
            Map<String, Pending> rows = bySource.computeIfAbsent(p.draft().source(), s -> new LinkedHashMap<>());
            Pending first = rows.putIfAbsent(p.draft().externalId(), p);
            if (first != null) {
                duplicate(p.line(), first.line());
            }
        }
        return bySource;
    }

    private void duplicate(long line, long firstLine) {
        tally.rejected(List.of(new org.vidnova.web.FieldError(reader.name("external_id"), line,
                "appears twice in this file (first on line " + firstLine + ")")));
    }
}
