package org.vidnova.casualties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of one list about one person: personal data. Only analysts read it, every read is audited, and neither
 * logs, errors nor the audit trail carry its names, birth date or notes.
 */
record VictimReport(long id, String source, String sourceRecordId, String familyName, String givenName,
        String patronymic, String sex, LocalDate birthDate, Integer birthYear, Integer age, ReportStatus status,
        LocalDate eventDate, String districtCode, Double lat, Double lon, String notes, Long incidentId) {

    /** The fields that identify a person; the audit trail names them when they change but never holds them. */
    static final java.util.Set<String> PERSONAL = java.util.Set.of("familyName", "givenName", "patronymic",
            "birthDate", "birthYear", "age", "notes", "lat", "lon");

    /** True when the stored report already says exactly what {@code other} says. */
    boolean sameAs(VictimReport other) {
        return fields().equals(other.fields());
    }

    /** Every field but the id, by name. */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("familyName", familyName);
        f.put("givenName", givenName);
        f.put("patronymic", patronymic);
        f.put("sex", sex);
        f.put("birthDate", birthDate);
        f.put("birthYear", birthYear);
        f.put("age", age);
        f.put("status", status);
        f.put("eventDate", eventDate);
        f.put("districtCode", districtCode);
        f.put("lat", lat);
        f.put("lon", lon);
        f.put("notes", notes);
        f.put("incidentId", incidentId);
        return f;
    }

    /**
     * What the audit trail keeps of a change: the names of the fields that changed, and the values of those that
     * are not personal.
     */
    static Map<String, Object> auditChange(VictimReport before, VictimReport after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("source", after.source());
        change.put("sourceRecordId", after.sourceRecordId());
        Map<String, Object> a = after.fields();
        Map<String, Object> b = before == null ? null : before.fields();
        a.forEach((field, value) -> {
            Object old = b == null ? null : b.get(field);
            if (b == null ? value == null : Objects.equals(old, value)) {
                return;
            }
            change.put(field, PERSONAL.contains(field) ? "(changed)" : value);
        });
        return change;
    }
}
