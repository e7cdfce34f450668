package org.vidnova.shelters;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.CsvDownload;
import org.vidnova.web.GeoJsonFeatures;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open exports of the register. The CSV starts with the import columns, so an export re-imports unchanged;
 * {@code ?hxl=true} adds an HXL hashtag row under the header.
 */
@RestController
@RequestMapping("/api/v1")
class ShelterExportController {

    static final List<String> COLUMNS = List.of("external_id", "name", "kind", "address", "lat", "lon", "capacity",
            "accessible", "status", "district", "hours", "notes", "id", "source", "occupancy", "occupancy_at",
            "updated_at");
    static final List<String> HXL = List.of("#meta+id", "#loc+name", "#loc+type", "#loc+address", "#geo+lat",
            "#geo+lon", "#capacity", "#indicator+accessible", "#status", "#adm3+code", "#meta+hours",
            "#description", "#meta+vidnova_id", "#meta+source", "#affected+occupancy", "#date+occupancy",
            "#date+updated");

    private final ShelterRegister register;
    private final PublicShelters publicShelters;
    private final JsonMapper json;

    ShelterExportController(ShelterRegister register, PublicShelters publicShelters, JsonMapper json) {
        this.register = register;
        this.publicShelters = publicShelters;
        this.json = json;
    }

    @GetMapping("/shelters.csv")
    void csv(@RequestParam(defaultValue = "false") boolean hxl, HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = CsvDownload.start(response, "shelters.csv", COLUMNS, hxl ? HXL : null)) {
            for (Shelter s : register.all().stream().filter(publicShelters.shown()).toList()) {
                csv.printRecord(s.externalId(), s.name(), s.kind().code(), s.address(), s.lat(), s.lon(),
                        s.capacity(), s.accessible(), s.status().code(), s.districtCode(), s.hours(), s.notes(),
                        s.id(), s.source(), s.occupancy(), s.occupancyAt(), s.updatedAt());
            }
        }
    }

    @GetMapping(value = "/shelters.geojson", produces = {"application/geo+json", "application/json"})
    void geoJson(HttpServletResponse response) throws IOException {
        GeoJsonFeatures collection = new GeoJsonFeatures(json);
        for (Shelter s : register.all().stream().filter(publicShelters.shown()).toList()) {
            ObjectNode p = collection.point(String.valueOf(s.id()), s.lon(), s.lat());
            p.put("id", s.id());
            p.put("source", s.source());
            p.put("external_id", s.externalId());
            p.put("name", s.name());
            p.put("kind", s.kind().code());
            p.put("address", s.address());
            p.put("capacity", s.capacity());
            p.put("accessible", s.accessible());
            p.put("status", s.status().code());
            p.put("district", s.districtCode());
            p.put("hours", s.hours());
            p.put("notes", s.notes());
            p.put("occupancy", s.occupancy());
            p.put("full", s.full());
        }
        response.setContentType("application/geo+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), collection.collection());
    }
}
