package org.vidnova.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.audit.Changes;
import org.vidnova.web.FieldError;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * One streaming import of a register of flows, inside the caller's transaction. Rows are read one at a time and
 * gathered into batches of {@value #BATCH}; each batch costs one query for keys met earlier in the file, one for the
 * stored rows, a JDBC batch of inserts, one of updates and one of audit rows. A row equal to the stored one writes
 * nothing. The days touched (old and new day of a changed row) are recomputed in the daily sums at the end. Memory
 * stays flat: a batch of rows, the set of touched days (at most a few thousand) and at most 1,000 listed errors.
 */
final class FlowImport<D extends FlowDraft> {

    static final int BATCH = 1000;

    /** A validated row and its line. */
    record Pending<D>(long line, D draft) {
    }

    /** Warnings about accepted rows worth a second look, asked a batch at a time. */
    interface Check<D> {
        List<FieldError> warnings(List<Pending<D>> rows);
    }

    private final FlowTable<D> table;
    private final FlowSums sums;
    private final AuditTrail audit;
    private final String source;
    private final Function<RowFields, Optional<D>> read;
    private final Check<D> check;
    private final String importId;
    private final String prefix;
    private final ImportTally tally = new ImportTally();
    private final Set<LocalDate> touched = new HashSet<>();
    private final List<Pending<D>> batch = new ArrayList<>(BATCH);
    private final Instant now = Instant.now();
    private final String actor = AuditTrail.currentActor();

    FlowImport(FlowTable<D> table, FlowSums sums, AuditTrail audit, String source,
            Function<RowFields, Optional<D>> read, Check<D> check) {
        this.table = table;
        this.sums = sums;
        this.audit = audit;
        this.source = source;
        this.read = read;
        this.check = check;
        this.importId = sums.begin();
        this.prefix = importId + '/';
    }

    void accept(RowFields row) {
        Optional<D> draft = read.apply(row);
        if (draft.isEmpty()) {
            tally.rejected(row.errors());
            return;
        }
        batch.add(new Pending<>(row.line(), draft.get()));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    ImportReport finish() {
        flush();
        sums.recompute(touched);
        sums.end(importId);
        return tally.report();
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Pending<D>> first = new LinkedHashMap<>();
        for (Pending<D> p : batch) {
            Pending<D> earlier = first.putIfAbsent(p.draft().externalId(), p);
            if (earlier != null) {
                duplicate(p.line(), earlier.line());
            }
        }
        check.warnings(List.copyOf(first.values())).forEach(tally::warn);
        Map<String, Long> before = sums.seenLines(prefix, first.keySet());
        Map<String, FlowTable.Stored<D>> stored = table.find(source, first.keySet());
        List<D> inserts = new ArrayList<>();
        List<FlowTable.Stored<D>> updates = new ArrayList<>();
        List<AuditTrail.Change> audited = new ArrayList<>();
        List<Map.Entry<String, Long>> met = new ArrayList<>();
        for (Pending<D> p : first.values()) {
            String key = p.draft().externalId();
            Long line = before.get(key);
            if (line != null) {
                duplicate(p.line(), line);
                continue;
            }
            met.add(new AbstractMap.SimpleEntry<>(key, p.line()));
            FlowTable.Stored<D> old = stored.get(key);
            if (old == null) {
                inserts.add(p.draft());
                touched.add(p.draft().day());
                tally.accepted(ImportTally.Outcome.CREATED);
            } else if (old.draft().equals(p.draft())) {
                tally.accepted(ImportTally.Outcome.UNCHANGED);
            } else {
                updates.add(new FlowTable.Stored<>(old.id(), p.draft()));
                touched.add(old.draft().day());
                touched.add(p.draft().day());
                audited.add(new AuditTrail.Change(String.valueOf(old.id()), AuditAction.UPDATE,
                        Changes.between((Record) old.draft(), (Record) p.draft(), Set.of())));
                tally.accepted(ImportTally.Outcome.UPDATED);
            }
        }
        long[] ids = table.insert(source, inserts, now, actor);
        for (int n = 0; n < ids.length; n++) {
            audited.add(new AuditTrail.Change(String.valueOf(ids[n]), AuditAction.CREATE,
                    Map.of("source", source, "row", inserts.get(n))));
        }
        table.update(updates, now, actor);
        audit.recordAll(table.entity(), audited);
        sums.seen(importId, prefix, met);
        batch.clear();
    }

    private void duplicate(long line, long firstLine) {
        tally.rejected(List.of(new FieldError("external_id", line,
                "appears twice in this file (first on line " + firstLine + ")")));
    }
}
