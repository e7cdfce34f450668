package org.vidnova.casualties;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;
import org.vidnova.casualties.estimation.CaptureHistories;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.FieldError;

import tools.jackson.databind.JsonNode;

/**
 * Reads an analyst's list-overlap table, as JSON {@code {lists:[names], cells:{101: 12, …}}} or as CSV with one
 * 0/1 column per list and a {@code freq} column, into {@link CaptureHistories}; every fault is a 400 problem that
 * names the field, or the column and line. The list columns of a CSV are not known in advance, which is why this
 * does not go through {@code CsvUpload}.
 */
final class OverlapTable {

    /** More lists than this are refused as input; the engine itself searches at most five. */
    static final int MAX_LISTS = 10;

    private OverlapTable() {
    }

    static CaptureHistories fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object with lists and cells");
        }
        List<FieldError> errors = new ArrayList<>();
        JsonNode listsNode = body.path("lists");
        List<String> lists = new ArrayList<>();
        if (!listsNode.isArray()) {
            errors.add(FieldError.of("lists", "must be an array of list names"));
        } else {
            for (JsonNode name : listsNode) {
                lists.add(name.isString() ? name.asString().strip() : "");
            }
            checkNames(lists, "lists", null, errors);
        }
        JsonNode cellsNode = body.path("cells");
        Map<String, Long> cells = new LinkedHashMap<>();
        if (!cellsNode.isObject()) {
            errors.add(FieldError.of("cells", "must be an object of pattern: count, e.g. {\"101\": 12}"));
        } else if (errors.isEmpty()) {
            for (Map.Entry<String, JsonNode> cell : cellsNode.properties()) {
                String field = "cells." + cell.getKey();
                JsonNode count = cell.getValue();
                String patternError = patternError(cell.getKey(), lists.size());
                if (patternError != null) {
                    errors.add(FieldError.of(field, patternError));
                } else if (!count.isIntegralNumber() || count.asLong() < 0) {
                    errors.add(FieldError.of(field, "must be a whole number of people, 0 or more"));
                } else {
                    cells.put(cell.getKey(), count.asLong());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return CaptureHistories.of(lists, cells);
    }

    static CaptureHistories fromCsv(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> cells = new LinkedHashMap<>();
        List<String> lists = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw CsvUpload.unreadable("file", "is empty: expected a header with one column per list and freq");
            }
            CSVRecord header = records.next();
            int freq = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().replace("\uFEFF", "");
                if (name.toLowerCase(Locale.ROOT).equals("freq")) {
                    freq = i;
                } else {
                    lists.add(name);
                }
            }
            if (freq < 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unreadable file", "The header lacks the freq column",
                        List.of(new FieldError("freq", 1L, "required column is missing from the header")));
            }
            checkNames(lists, "header", 1L, errors);
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (errors.isEmpty() && records.hasNext()) {
                CSVRecord record = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                readRow(record, header, freq, line, cells, errors);
            }
        } catch (IOException | UncheckedIOException e) {
            throw CsvUpload.unreadable("file", "cannot be read as UTF-8 CSV text");
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return CaptureHistories.of(lists, cells);
    }

    private static void readRow(CSVRecord record, CSVRecord header, int freq, long line, Map<String, Long> cells,
            List<FieldError> errors) {
        if (record.size() != header.size()) {
            errors.add(new FieldError("row", line, "has " + record.size() + " values, the header " + header.size()));
            return;
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            if (i == freq) {
                continue;
            }
            String value = record.get(i).strip();
            if (!value.equals("0") && !value.equals("1")) {
                errors.add(new FieldError(header.get(i).strip(), line, "must be 0 or 1"));
                return;
            }
            pattern.append(value);
        }
        long count;
        try {
            count = Long.parseLong(record.get(freq).strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            errors.add(new FieldError("freq", line, "must be a whole number of people, 0 or more"));
        } else if (pattern.indexOf("1") < 0) {
            if (count > 0) {
                errors.add(new FieldError("freq", line, "a row on no list cannot be observed: leave it out"));
            }
        } else {
            cells.merge(pattern.toString(), count, Long::sum);
        }
    }

    private static void checkNames(List<String> lists, String field, Long line, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        if (lists.isEmpty() || lists.size() > MAX_LISTS) {
            errors.add(new FieldError(field, line, "must name 1 to " + MAX_LISTS + " lists, got " + lists.size()));
        }
        for (String name : lists) {
            if (name.isBlank()) {
                errors.add(new FieldError(field, line, "a list name is empty or not text"));
            } else if (!seen.add(name)) {
                errors.add(new FieldError(field, line, "list " + name + " is named twice"));
            }
        }
    }

    private static String patternError(String pattern, int lists) {
        if (pattern.length() != lists) {
            return "pattern must have one 0/1 digit per list (" + lists + ")";
        }
        if (!pattern.matches("[01]+")) {
            return "pattern must hold only 0 and 1";
        }
        if (!pattern.contains("1")) {
            return "the cell on no list cannot be observed: it is what is estimated";
        }
        return null;
    }

    private static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid input", errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "Invalid fields: " + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()),
                errors);
    }
}
