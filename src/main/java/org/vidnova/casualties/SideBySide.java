package org.vidnova.casualties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Reports side by side for a page: one column per report, one row per field, and whether the reports differ. */
record SideBySide(List<VictimReport> reports, List<Row> rows) {

    static final List<String> FIELDS = List.of("familyName", "givenName", "patronymic", "sex", "birthDate",
            "birthYear", "age", "status", "eventDate", "districtCode", "notes");

    record Row(String field, List<Object> values, boolean differs) {
    }

    static SideBySide of(List<VictimReport> reports) {
        List<Row> rows = new ArrayList<>();
        for (String field : FIELDS) {
            List<Object> values = new ArrayList<>();
            reports.forEach(r -> values.add(r.fields().get(field)));
            rows.add(new Row(field, values, new HashSet<>(values).size() > 1));
        }
        return new SideBySide(reports, rows);
    }
}
