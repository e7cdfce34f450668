package org.vidnova.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.CsvDownload;
import org.vidnova.web.GeoJsonWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open exports of the register, streamed row by row, with the filters of the listing. The CSV starts with the
 * import columns, so an export re-imports unchanged; {@code ?hxl=true} adds an HXL hashtag row under the header.
 */
@RestController
@RequestMapping("/api/v1")
class IncidentExportController {

    /** The import columns (see {@link IncidentRows#fields}), then what the register computed. */
    static final List<String> COLUMNS = List.of("external_id", "occurred_at", "type", "lat", "lon", "killed",
            "injured", "source", "description", "source_url", "time_precision", "geo_precision", "verification",
            "id", "district", "local_day", "local_hour", "created_at", "updated_at");
    static final List<String> HXL = List.of("#meta+id", "#date+occurred", "#event+type", "#geo+lat", "#geo+lon",
            "#affected+killed", "#affected+injured", "#meta+source", "#description", "#meta+url",
            "#meta+time_precision", "#meta+geo_precision", "#status+verification", "#meta+vidnova_id", "#adm3+code",
            "#date+local", "#meta+hour", "#date+created", "#date+updated");

    private final IncidentQueries queries;
    private final PublicStrikes strikes;
    private final JsonMapper json;

    IncidentExportController(IncidentQueries queries, PublicStrikes strikes, JsonMapper json) {
        this.queries = queries;
        this.strikes = strikes;
        this.json = json;
    }

    @GetMapping("/incidents.csv")
    void csv(@RequestParam(defaultValue = "false") boolean hxl, @RequestParam(required = false) String source,
            @RequestParam(required = false) String district, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String verification,
            HttpServletResponse response) throws IOException {
        IncidentRepository.Filter filter = strikes.limit(
                queries.filter(source, district, type, from, to, bbox, verification));
        try (CSVPrinter csv = CsvDownload.start(response, "incidents.csv", COLUMNS, hxl ? HXL : null)) {
            UnaryOperator<Incident> shown = strikes.shown();
            queries.forEach(filter, recorded -> {
                Incident i = shown.apply(recorded);
                List<Object> row = new ArrayList<>(IncidentRows.fields(i).values());
                row.addAll(java.util.Arrays.asList(i.id(), i.districtCode(), i.localDay(), i.localHour(),
                        i.createdAt(), i.updatedAt()));
                try {
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping(value = "/incidents.geojson", produces = {"application/geo+json", "application/json"})
    void geoJson(@RequestParam(required = false) String source, @RequestParam(required = false) String district,
            @RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String verification, HttpServletResponse response) throws IOException {
        IncidentRepository.Filter filter = strikes.limit(
                queries.filter(source, district, type, from, to, bbox, verification));
        response.setContentType("application/geo+json");
        response.setCharacterEncoding("UTF-8");
        try (GeoJsonWriter out = new GeoJsonWriter(json, response.getOutputStream())) {
            UnaryOperator<Incident> shown = strikes.shown();
            queries.forEach(filter, recorded -> {
                Incident i = shown.apply(recorded);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", i.id());
                p.putAll(IncidentRows.fields(i));
                p.put("district", i.districtCode());
                p.put("local_day", i.localDay().toString());
                p.put("local_hour", i.localHour());
                out.point(String.valueOf(i.id()), i.lon(), i.lat(), p);
            });
        }
    }
}
