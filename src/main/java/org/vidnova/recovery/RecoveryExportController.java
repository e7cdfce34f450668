package org.vidnova.recovery;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.CsvDownload;

/**
 * The projects as open data in CSV: the import's columns first (with each row's {@code building_source}), so the
 * file re-imports unchanged, then what the city adds (id, spending, progress, score, heritage).
 */
@RestController
class RecoveryExportController {

    static final List<String> COLUMNS = List.of("external_id", "title", "type", "status", "district", "cost",
            "beneficiaries", "building_source", "building_external_ids", "source", "id", "spent", "progress", "score",
            "heritage_required", "heritage_approved");
    /** The HXL hashtag row under the header ({@code ?hxl=true}), one tag per column of {@link #COLUMNS}. */
    static final List<String> HXL = List.of("#activity+code", "#activity+name", "#activity+type", "#status",
            "#adm2+code", "#value+budget+uah", "#beneficiary", "#meta+building+source", "#loc+building+code",
            "#meta+source", "#meta+id", "#value+spent+uah", "#indicator+progress+pct", "#indicator+score",
            "#meta+heritage+required", "#meta+heritage+approved");
    private static final int PAGE = 500;

    private final ProjectRegister register;

    RecoveryExportController(ProjectRegister register) {
        this.register = register;
    }

    @GetMapping("/api/v1/recovery/projects.csv")
    @SuppressWarnings("unchecked")
    void csv(@RequestParam(defaultValue = "false") boolean hxl, HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = CsvDownload.start(response, "recovery-projects.csv", COLUMNS, hxl ? HXL : null)) {
            var all = new ProjectRepository.Filter(null, null, null, null);
            for (int page = 0; ; page++) {
                Map<String, Object> found = register.list(all, page, PAGE);
                List<ProjectView> items = (List<ProjectView>) found.get("items");
                for (ProjectView p : items) {
                    String buildingSource = p.buildings().isEmpty() ? null : p.buildings().get(0).source();
                    csv.printRecord(p.externalId(), p.title(), p.type(), p.status(), p.district(), p.cost(),
                            p.beneficiaries() == null ? null : p.beneficiaries() + " " + p.beneficiaryKind(),
                            buildingSource, String.join(";", p.buildings().stream()
                                    .map(ProjectView.BuildingRef::externalId).toList()),
                            p.source(), p.id(), p.spent(), p.progress(), p.score(), p.heritage().required(),
                            p.heritage().approved());
                }
                if (items.size() < PAGE) {
                    break;
                }
            }
        }
    }
}
