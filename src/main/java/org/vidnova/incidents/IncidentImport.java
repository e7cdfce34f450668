package org.vidnova.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vidnova.audit.AuditTrail;
import org.vidnova.incidents.importing.MetKeys;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * One streaming import, inside the transaction of {@link IncidentRegister#importRows}. Rows are read one at a time
 * and gathered into batches of {@value #BATCH}; the keys this import already met (to report a key given twice) are
 * kept in memory up to {@value #KEYS_IN_MEMORY} keys, then in a table; each batch costs one query per source for
 * the stored incidents it names, one JDBC batch
 * of inserts and one of updates, and one of audit rows. A row equal to the stored incident writes nothing. Changes to
 * the statistics are summed per cell of each aggregate table and applied at the end, or when more than
 * {@value #MAX_CELLS} cells of the hourly table ({@value #MAX_ROLLED_CELLS} of another) are pending (see
 * {@link StatDeltas}), so memory stays flat however long the file: a batch of rows, the pending cells, the keys met
 * (at most 24 MB), and at most 1,000 listed errors.
 */
final class IncidentImport {

    static final int BATCH = 1000;
    static final int MAX_CELLS = 20_000;
    /** Pending cells of the tables without hours (at most 3,650 district-days a year, 25,000 with types). */
    static final int MAX_ROLLED_CELLS = 100_000;
    /** Keys kept in memory to find those given twice (24 MB, see {@link MetKeys}); the rest go to a table. */
    static final int KEYS_IN_MEMORY = 700_000;

    private record Pending(long line, IncidentDraft draft) {
    }

    private final IncidentRegister register;
    private final String defaultSource;
    private final IncidentRows reader;
    private final String importId;
    private final ImportTally tally = new ImportTally();
    private final StatDeltas deltas = new StatDeltas();
    private final List<Pending> batch = new ArrayList<>(BATCH);
    private final MetKeys keys;
    /** Whether keys went to {@code incidents_import_seen} (to be deleted at the end). */
    private boolean spilled;
    private final Instant now = Instant.now();
    private final String actor = AuditTrail.currentActor();

    IncidentImport(IncidentRegister register, String defaultSource, IncidentRows reader, String importId) {
        this.register = register;
        this.defaultSource = defaultSource;
        this.reader = reader;
        this.importId = importId;
        this.keys = new MetKeys(register.keysInMemory());
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
        if (spilled) {
            register.seen().end(importId);
        }
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
            Map<String, Pending> fresh = firstMet(source, rows, met);
            Map<String, Incident> stored = register.repository().findByKeys(source, fresh.keySet());
            fresh.forEach((externalId, pending) -> {
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
        if (!met.isEmpty()) {
            register.seen().add(importId, met);
            spilled = true;
        }
        batch.clear();
        register.stats().applyOver(deltas, table -> table == StatTable.HOURLY ? MAX_CELLS : MAX_ROLLED_CELLS);
    }

    /**
     * The rows of {@code source} whose key this import meets for the first time, in file order; the others are
     * reported as given twice. Keys are kept in memory ({@link MetKeys}) until it is full, then in
     * {@code incidents_import_seen} ({@code toTable}, added by the caller): so a file of up to
     * {@link #KEYS_IN_MEMORY} keys writes and reads no table to find its repeated keys.
     */
    private Map<String, Pending> firstMet(String source, Map<String, Pending> rows, List<ImportSeen.Key> toTable) {
        Map<String, Pending> fresh = new LinkedHashMap<>();
        Map<String, Pending> full = new LinkedHashMap<>();
        rows.forEach((externalId, pending) -> {
            long first = keys.meet(IncidentRepository.sourceKey(source, externalId), pending.line());
            if (first == MetKeys.FULL) {
                full.put(externalId, pending);
            } else if (first != MetKeys.NEW) {
                duplicate(pending.line(), first);
            } else {
                fresh.put(externalId, pending);
            }
        });
        if (!full.isEmpty()) {
            Map<String, Long> seenBefore = register.seen().lines(importId, source, full.keySet());
            full.forEach((externalId, pending) -> {
                Long firstLine = seenBefore.get(externalId);
                if (firstLine != null) {
                    duplicate(pending.line(), firstLine);
                } else {
                    toTable.add(new ImportSeen.Key(source, externalId, pending.line()));
                    fresh.put(externalId, pending);
                }
            });
        }
        return fresh;
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
