package org.vidnova.damage;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.vidnova.audit.AuditTrail;
import org.vidnova.web.FieldError;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * One streaming import inside the caller's transaction: rows are read one at a time and gathered into batches of
 * {@value #BATCH}; a key (external id) given twice in the file is reported with its first line, through
 * {@link DamageSeen}; each batch of first-seen rows goes to the writer, which costs a few queries and JDBC
 * batches, never one statement per row. Memory stays flat: a batch of rows and at most 1,000 listed errors.
 */
final class BatchImport<D> {

    static final int BATCH = 1000;

    /** A row that passed validation, with its line. */
    record Pending<D>(long line, String key, D draft) {
    }

    final String source;
    final ImportTally tally = new ImportTally();
    final Instant now = Instant.now();
    final String actor = AuditTrail.currentActor();
    private final DamageSeen seen;
    private final String importId;
    private final String prefix;
    private final List<Pending<D>> batch = new ArrayList<>(BATCH);
    private final Function<RowFields, Optional<D>> read;
    private final Function<D, String> key;
    private final BiConsumer<BatchImport<D>, List<Pending<D>>> write;

    /**
     * @param read the draft of a row, or empty with the reasons left in the row
     * @param key the draft's external id
     * @param write writes a batch of rows, each key once and met for the first time in this file, and tallies each
     */
    BatchImport(DamageSeen seen, String kind, String source, Function<RowFields, Optional<D>> read,
            Function<D, String> key, BiConsumer<BatchImport<D>, List<Pending<D>>> write) {
        this.seen = seen;
        this.source = source;
        this.importId = seen.begin();
        this.prefix = importId + '/' + kind + '/';
        this.read = read;
        this.key = key;
        this.write = write;
    }

    void accept(RowFields row) {
        Optional<D> draft = read.apply(row);
        if (draft.isEmpty()) {
            tally.rejected(row.errors());
            return;
        }
        batch.add(new Pending<>(row.line(), key.apply(draft.get()), draft.get()));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    ImportReport finish() {
        flush();
        seen.end(importId);
        return tally.report();
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Pending<D>> first = new LinkedHashMap<>();
        for (Pending<D> p : batch) {
            Pending<D> earlier = first.putIfAbsent(p.key(), p);
            if (earlier != null) {
                duplicate(p.line(), earlier.line());
            }
        }
        Map<String, Long> before = seen.lines(prefix, first.keySet());
        List<Pending<D>> fresh = new ArrayList<>();
        List<Map.Entry<String, Long>> met = new ArrayList<>();
        for (Pending<D> p : first.values()) {
            Long line = before.get(p.key());
            if (line != null) {
                duplicate(p.line(), line);
            } else {
                fresh.add(p);
                met.add(new AbstractMap.SimpleEntry<>(p.key(), p.line()));
            }
        }
        write.accept(this, fresh);
        seen.add(importId, prefix, met);
        batch.clear();
    }

    private void duplicate(long line, long firstLine) {
        tally.rejected(List.of(new FieldError("external_id", line,
                "appears twice in this file (first on line " + firstLine + ")")));
    }

    static String sourceKey(String source, String externalId) {
        return source + '/' + externalId;
    }
}
