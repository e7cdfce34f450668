package org.vidnova.casualties.estimation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.vidnova.SharedData;

/**
 * Reads a list-overlap table of {@code ../shared/data/mse/} (one 0/1 column per list, {@code freq} last, one row
 * per pattern; a table without {@code freq} has one row per individual). Skips the test when the file is absent.
 */
final class MseTables {

    private MseTables() {
    }

    static CaptureHistories read(String name) throws IOException {
        Path file = SharedData.file("mse/" + name);
        try (Reader reader = Files.newBufferedReader(file)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
            List<String> header = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).getParser().getHeaderNames());
            boolean hasFreq = header.get(header.size() - 1).equals("freq");
            List<String> lists = hasFreq ? header.subList(0, header.size() - 1) : header;
            Map<String, Long> cells = new HashMap<>();
            for (CSVRecord row : rows) {
                StringBuilder pattern = new StringBuilder();
                for (String list : lists) {
                    pattern.append(row.get(list).trim());
                }
                long freq = hasFreq ? Long.parseLong(row.get("freq").trim()) : 1;
                if (!pattern.toString().matches("0*")) {
                    cells.merge(pattern.toString(), freq, Long::sum);
                }
            }
            return CaptureHistories.of(List.copyOf(lists), cells);
        }
    }
}
