package org.vidnova.recovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

/**
 * Turns one projects import row into a {@link ProjectDraft}. {@code beneficiaries} is a count with an optional
 * kind ({@code 450 pupils}, {@code 120 beds}; a bare count is people). {@code building_external_ids} are damage
 * building external ids separated by {@code ;}, of the source named by the {@code building_source} column or,
 * when that is absent, by the import's {@code buildingSource} parameter.
 */
final class ProjectRows {

    static final Set<String> REQUIRED = Set.of("external_id", "title", "type", "status", "cost");
    static final Set<String> OPTIONAL = Set.of("district", "beneficiaries", "building_external_ids",
            "building_source");
    static final int MAX_BUILDINGS = 200;
    private static final Pattern BENEFICIARIES = Pattern.compile("(\\d{1,9})\\s*(\\p{L}*)");

    private ProjectRows() {
    }

    static Optional<ProjectDraft> read(RowFields row, String defaultBuildingSource) {
        String externalId = row.text("external_id", true, 128);
        String title = row.text("title", true, 300);
        ProjectType type = row.choice("type", ProjectType::parse, null, Codes.list(ProjectType.class));
        ProjectStatus status = row.choice("status", ProjectStatus::parse, null, Codes.list(ProjectStatus.class));
        String district = row.text("district", false, 100);
        Double cost = row.decimal("cost", true, 0, 1e13);
        Integer beneficiaries = null;
        BeneficiaryKind kind = null;
        String b = row.text("beneficiaries", false, 64);
        if (b != null) {
            Matcher m = BENEFICIARIES.matcher(b.strip());
            Optional<BeneficiaryKind> parsed = m.matches() ? (m.group(2).isEmpty() ? Optional.of(BeneficiaryKind.PEOPLE)
                    : BeneficiaryKind.parse(m.group(2).toLowerCase(Locale.ROOT))) : Optional.empty();
            if (parsed.isEmpty()) {
                row.error("beneficiaries", "must be a count with an optional kind (" + Codes.list(BeneficiaryKind.class)
                        + "), e.g. 450 pupils");
            } else {
                beneficiaries = Integer.valueOf(m.group(1));
                kind = parsed.get();
            }
        }
        String buildingSource = row.text("building_source", false, 64);
        if (buildingSource == null) {
            buildingSource = defaultBuildingSource;
        }
        List<String> buildings = new ArrayList<>();
        String ids = row.text("building_external_ids", false, 100_000);
        if (ids != null) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String id : ids.split(";")) {
                if (!id.isBlank()) {
                    distinct.add(id.strip());
                }
            }
            if (distinct.stream().anyMatch(id -> id.length() > 128) || distinct.size() > MAX_BUILDINGS) {
                row.error("building_external_ids", "must be at most " + MAX_BUILDINGS + " ids of at most 128 "
                        + "characters, separated by ;");
            }
            buildings.addAll(distinct);
            if (!buildings.isEmpty() && buildingSource == null) {
                row.error("building_source", "is required when building_external_ids are given (a column, or the "
                        + "buildingSource parameter): the damage source the ids belong to");
            }
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectDraft(externalId, title, type, status, district, Math.round(cost),
                beneficiaries, kind, buildingSource, List.copyOf(buildings)));
    }
}
