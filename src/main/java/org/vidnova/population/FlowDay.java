package org.vidnova.population;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.vidnova.web.RowFields;

/** The Kyiv day of a row: ISO {@code 2022-03-01} or the Ukrainian form {@code 01.03.2022}. */
final class FlowDay {

    static final String FORMS = "a date as YYYY-MM-DD or DD.MM.YYYY";
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** Nothing before the full-scale invasion's eve or far in the future is a flow this register can hold. */
    static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private FlowDay() {
    }

    static LocalDate read(RowFields row, String field) {
        String value = row.text(field, true, 32);
        if (value == null) {
            return null;
        }
        LocalDate day = parse(value);
        if (day == null) {
            row.error(field, "must be " + FORMS);
        } else if (day.isBefore(FIRST) || day.isAfter(LAST)) {
            row.error(field, "must be from " + FIRST + " to " + LAST);
            return null;
        }
        return day;
    }

    static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, DOTTED);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
