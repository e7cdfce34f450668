package org.vidnova.casualties;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

/**
 * Reads one line of a victims list into a {@link VictimReport}. Errors name the field and say what is wrong, never
 * what was written: the value may be a name.
 */
final class ReportRows {

    static final Set<String> REQUIRED = Set.of("source_record_id", "family_name", "given_name", "patronymic", "sex",
            "birth_date", "age", "status", "event_date", "district", "lat", "lon", "notes");
    static final Set<String> OPTIONAL = Set.of("incident_id");
    /** The earliest date a birth or an event may have: older values are typing errors. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ReportRows() {
    }

    static Optional<VictimReport> read(RowFields row, String source, Districts districts, LocalDate today) {
        String recordId = row.text("source_record_id", true, 128);
        String family = row.text("family_name", false, 100);
        String given = row.text("given_name", false, 100);
        String patronymic = row.text("patronymic", false, 100);
        String sex = sex(row);
        LocalDate birthDate = null;
        Integer birthYear = null;
        String birth = row.text("birth_date", false, 10);
        if (birth != null) {
            if (YEAR.matcher(birth).matches()) {
                birthYear = Integer.parseInt(birth);
                if (birthYear < EARLIEST.getYear() || birthYear > today.getYear()) {
                    row.error("birth_date", "must be a year from " + EARLIEST.getYear() + " to " + today.getYear());
                }
            } else {
                birthDate = date(row, "birth_date", birth, today, "must be YYYY-MM-DD or YYYY");
                birthYear = birthDate == null ? null : birthDate.getYear();
            }
        }
        Integer age = row.integer("age", false, 0, 120);
        ReportStatus status = row.choice("status", code -> Codes.parse(ReportStatus.class, code), null,
                Codes.list(ReportStatus.class));
        String eventText = row.text("event_date", false, 10);
        LocalDate eventDate = eventText == null ? null
                : date(row, "event_date", eventText, today, "must be a date YYYY-MM-DD");
        Double lat = row.decimal("lat", false, -90, 90);
        Double lon = row.decimal("lon", false, -180, 180);
        if ((lat == null) != (lon == null)) {
            row.error(lat == null ? "lat" : "lon", "is required when " + (lat == null ? "lon" : "lat") + " is given");
        }
        String district = district(row, districts, lat, lon);
        String notes = row.text("notes", false, 2000);
        Long incident = incident(row);
        if (row.ok() && birthYear != null && age != null && eventDate != null) {
            long years = birthDate != null ? ChronoUnit.YEARS.between(birthDate, eventDate)
                    : eventDate.getYear() - birthYear;
            // A year's slack: a birth year alone, or an age rounded by whoever wrote the list.
            if (Math.abs(years - age) > 1) {
                row.error("age", "does not agree with birth_date and event_date (more than a year apart)");
            }
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new VictimReport(0, source, recordId, family, given, patronymic, sex, birthDate,
                birthYear, age, status, eventDate, district, lat, lon, notes, incident));
    }

    private static String sex(RowFields row) {
        String sex = row.text("sex", false, 8);
        if (sex == null) {
            return null;
        }
        // M/F, and the Ukrainian and Russian initials lists are often written with (Ч/Ж, М/Ж).
        return switch (sex.strip().toUpperCase(Locale.ROOT)) {
            case "M", "Ч", "М" -> "M";
            case "F", "Ж" -> "F";
            default -> {
                row.error("sex", "must be M, F or empty");
                yield null;
            }
        };
    }

    private static LocalDate date(RowFields row, String field, String text, LocalDate today, String form) {
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.isBefore(EARLIEST) || d.isAfter(today)) {
                row.error(field, "must be from " + EARLIEST + " to today");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            row.error(field, form);
            return null;
        }
    }

    private static String district(RowFields row, Districts districts, Double lat, Double lon) {
        String named = row.text("district", false, 100);
        if (named != null) {
            Optional<District> d = districts.resolve(named);
            if (d.isEmpty()) {
                row.error("district", "is not a Kharkiv district code or name (uk, en or ru, old names too)");
                return null;
            }
            return d.get().code();
        }
        if (lat != null && lon != null) {
            return districts.locate(lat, lon).map(District::code).orElse(null);
        }
        return null;
    }

    private static Long incident(RowFields row) {
        String text = row.text("incident_id", false, 19);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        row.error("incident_id", "must be an incident id (a positive whole number)");
        return null;
    }
}
