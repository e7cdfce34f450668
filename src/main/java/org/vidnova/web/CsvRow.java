package org.vidnova.web;

import java.util.Map;

/**
 * One data row of an uploaded table: its line in the file (the header is line 1), its values by column, and, when
 * the row has more cells than the header has columns (a stray separator shifts every value after it), what is wrong
 * with its shape (else null).
 */
public record CsvRow(long line, Map<String, String> values, String misshapen) {

    public CsvRow(long line, Map<String, String> values) {
        this(line, values, null);
    }

    /** The trimmed value of a column, or null when the column is absent or the cell empty. */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
