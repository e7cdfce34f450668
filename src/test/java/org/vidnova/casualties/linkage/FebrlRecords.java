package org.vidnova.casualties.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The FEBRL benchmark files (Australian names and addresses, synthetic) as a {@link LinkageInput}: the same engine,
 * with comparisons and blocking keys for FEBRL's fields. Truth is the number in {@code rec-N-...}.
 */
final class FebrlRecords {

    private static final String[] FIELDS = {"given_name", "surname", "street_number", "address_1", "address_2",
            "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"};
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(3);

    final List<String[]> rows = new ArrayList<>();
    final List<String> entities = new ArrayList<>();
    private final List<Integer> lists = new ArrayList<>();
    final LinkageInput input;

    FebrlRecords(Path... files) throws IOException {
        for (int f = 0; f < files.length; f++) {
            try (Reader in = Files.newBufferedReader(files[f], StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).get().parse(in)) {
                    String[] row = new String[FIELDS.length];
                    for (int i = 0; i < FIELDS.length; i++) {
                        row[i] = r.get(FIELDS[i]).trim().toLowerCase();
                    }
                    rows.add(row);
                    entities.add(r.get("rec_id").split("-")[1]);
                    lists.add(f);
                }
            }
        }
        List<Comparison> comparisons = List.of(similar("given_name", 0), similar("surname", 1), exact("street_number", 2),
                similar("address_1", 3), similar("suburb", 5), edits("postcode", 6), exact("state", 7),
                edits("date_of_birth", 8), edits("soc_sec_id", 9));
        input = new LinkageInput(lists.stream().mapToInt(Integer::intValue).toArray(), comparisons,
                List.of(key(0), key(1), key(8), key(9), key(6, 1), key(5, 0), key(3, 2)));
    }

    String[] entity() {
        return entities.toArray(String[]::new);
    }

    private String value(int record, int field) {
        return rows.get(record)[field];
    }

    private BlockingKey key(int... fields) {
        List<String> names = Arrays.stream(fields).mapToObj(f -> FIELDS[f]).toList();
        return BlockingKey.named(String.join("+", names), Set.copyOf(names), record -> {
            long[] parts = new long[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String v = value(record, fields[i]);
                if (v.isEmpty()) {
                    return BlockingKey.NONE;
                }
                parts[i] = v.hashCode() * 31L + i;
            }
            return BlockingKey.of(parts);
        });
    }

    private Comparison similar(String name, int field) {
        return comparison(name, 4, (x, y) -> {
            double s = NameSimilarity.of(x, y);
            return s >= 0.94 ? 1 : s >= 0.85 ? 2 : 3;
        }, field);
    }

    private Comparison exact(String name, int field) {
        return comparison(name, 2, (x, y) -> 1, field);
    }

    private Comparison edits(String name, int field) {
        return comparison(name, 4, (x, y) -> {
            int d = EDITS.apply(x, y);
            return d == 1 ? 1 : d == 2 ? 2 : 3;
        }, field);
    }

    private interface Level {
        int of(String x, String y);
    }

    private Comparison comparison(String name, int levels, Level unequal, int field) {
        return Comparison.of(name, levels, (a, b) -> {
            String x = value(a, field);
            String y = value(b, field);
            if (x.isEmpty() || y.isEmpty()) {
                return Comparison.MISSING;
            }
            return x.equals(y) ? 0 : unequal.of(x, y);
        });
    }
}
