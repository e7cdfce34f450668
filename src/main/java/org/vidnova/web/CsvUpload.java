package org.vidnova.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

/**
 * Reads an uploaded CSV the way every Vidnova import does: UTF-8 with or without a byte-order mark, comma or
 * semicolon (whichever the header line uses), header names in any letter case. Rows are streamed, never held
 * all in memory. A file that is not UTF-8 text, or lacks a required column, is refused as a 400 problem.
 */
public final class CsvUpload {

    private CsvUpload() {
    }

    /**
     * Streams the rows of {@code in} to {@code rows}. Columns outside {@code required} and {@code optional} are
     * ignored. Throws {@link ApiProblem} (400) when the file cannot be read as such a table.
     */
    public static void read(InputStream in, Set<String> required, Set<String> optional, Consumer<CsvRow> rows) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 65536)) {
            reader.mark(1 << 20);
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw unreadable("file", "is empty: expected a header line with " + String.join(",", required));
            }
            reader.reset();
            if (headerLine.startsWith("\uFEFF")) {
                reader.skip(1);
                headerLine = headerLine.substring(1);
            }
            char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(false).get();
            try (CSVParser parser = format.parse(reader)) {
                Iterator<CSVRecord> records = parser.iterator();
                CSVRecord headerRecord = records.next();
                int width = headerRecord.size();
                Map<String, Integer> columns = header(headerRecord, required, optional);
                long nextLine = parser.getCurrentLineNumber() + 1;
                while (hasNext(records)) {
                    CSVRecord record = records.next();
                    long line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    Map<String, String> values = new LinkedHashMap<>();
                    columns.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : null));
                    rows.accept(new CsvRow(line, values, record.size() > width
                            ? "has " + record.size() + " cells but the header has " + width
                                    + " columns: a stray separator would shift the values; quote the cell" : null));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable("file", "cannot be read as UTF-8 CSV text");
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw e;
            }
            // Commons CSV reports a broken quote this way; its message names the line.
            throw unreadable("file", "is not valid CSV: " + e.getCause().getMessage());
        }
    }

    private static Map<String, Integer> header(CSVRecord header, Set<String> required, Set<String> optional) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if ((required.contains(name) || optional.contains(name)) && !columns.containsKey(name)) {
                columns.put(name, i);
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                missing.add(new FieldError(column, 1L, "required column is missing from the header"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unreadable file",
                    "The header lacks required columns; expected " + String.join(",", required), missing);
        }
        return columns;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    public static ApiProblem unreadable(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Unreadable file", field + " " + message,
                List.of(FieldError.of(field, message)));
    }
}
