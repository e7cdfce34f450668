package org.vidnova.damage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.vidnova.web.Codes;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.RowFields;

/** Turns one assessments import row into an {@link AssessmentDraft}, grading its class with the crosswalk. */
final class AssessmentRows {

    static final Set<String> REQUIRED = Set.of("external_id", "building_external_id", "assessed_on", "assessor",
            "native_class");
    static final Set<String> OPTIONAL = Set.of("building_source", "units_damaged", "units_destroyed", "habitable",
            "rebuildable", "incident_id", "notes", "evidence_file", "evidence_sha256", "evidence_captured_at",
            "evidence_lat", "evidence_lon");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern SOURCE = Pattern.compile(DamageController.SOURCE_PATTERN);

    /** At most this many incidents in one row's incident_id. */
    static final int MAX_INCIDENTS = 50;

    private AssessmentRows() {
    }

    /**
     * The incident ids of incident_id: one or several separated by ';' (a comma would split the CSV cell), ascending
     * and each once; empty when blank.
     */
    static List<Long> incidents(RowFields row) {
        String incident = row.text("incident_id", false, 20 * MAX_INCIDENTS);
        if (incident == null) {
            return List.of();
        }
        TreeSet<Long> ids = new TreeSet<>();
        for (String part : incident.split(";", -1)) {
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                row.error("incident_id", "must be ids of incidents, positive whole numbers separated by ';'");
                return List.of();
            }
        }
        if (ids.size() > MAX_INCIDENTS) {
            row.error("incident_id", "names more than " + MAX_INCIDENTS + " incidents");
        }
        return List.copyOf(ids);
    }

    /** The draft, or empty with the reasons in {@code row}. A blank building_source is the import's source. */
    static Optional<AssessmentDraft> read(RowFields row, String defaultSource, Crosswalk crosswalk) {
        String externalId = row.text("external_id", true, 128);
        String buildingSource = row.text("building_source", false, 64);
        if (buildingSource != null && !SOURCE.matcher(buildingSource).matches()) {
            row.error("building_source", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String buildingId = row.text("building_external_id", true, 128);
        ImportTimes.Parsed assessed = row.time("assessed_on", true);
        LocalDate assessedOn = assessed == null ? null : assessed.day();
        if (assessedOn != null && assessedOn.isAfter(LocalDate.now(ImportTimes.KYIV).plusDays(1))) {
            row.error("assessed_on", "is in the future");
        }
        Assessor assessor = row.choice("assessor", Assessor::parse, null, Codes.list(Assessor.class));
        String nativeClass = row.text("native_class", true, 64);
        OptionalInt grade = OptionalInt.empty();
        if (nativeClass != null) {
            grade = crosswalk.grade(nativeClass);
            if (grade.isEmpty()) {
                row.error("native_class", "is not a class of crosswalk " + crosswalk.version() + ": one of "
                        + String.join(", ", crosswalk.classes().keySet()));
            }
        }
        Integer damaged = row.integer("units_damaged", false, 0, BuildingRows.MAX_UNITS);
        Integer destroyed = row.integer("units_destroyed", false, 0, BuildingRows.MAX_UNITS);
        Boolean habitable = row.bool("habitable", null);
        Rebuildable rebuildable = row.choice("rebuildable", Rebuildable::parse, Rebuildable.UNKNOWN,
                Codes.list(Rebuildable.class));
        List<Long> incidentIds = incidents(row);
        String notes = row.text("notes", false, 4000);
        String file = row.text("evidence_file", false, 300);
        String sha = row.text("evidence_sha256", false, 64);
        if (sha != null && !SHA256.matcher(sha).matches()) {
            row.error("evidence_sha256", "must be 64 hexadecimal digits");
        }
        ImportTimes.Parsed captured = row.time("evidence_captured_at", false);
        Double lat = row.decimal("evidence_lat", false, -90, 90);
        Double lon = row.decimal("evidence_lon", false, -180, 180);
        if ((row.raw("evidence_lat") == null) != (row.raw("evidence_lon") == null)) {
            row.error(row.raw("evidence_lat") == null ? "evidence_lat" : "evidence_lon",
                    "is required when the other coordinate is given");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        Instant capturedAt = captured == null ? null : captured.instant();
        return Optional.of(new AssessmentDraft(externalId, buildingSource == null ? defaultSource : buildingSource,
                buildingId, assessedOn, assessor, Crosswalk.normalise(nativeClass), grade.getAsInt(),
                crosswalk.version(), damaged, destroyed, habitable, rebuildable, incidentIds, file,
                sha == null ? null : sha.toLowerCase(java.util.Locale.ROOT), capturedAt, lat, lon, notes));
    }
}
