package org.vidnova.damage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.CsvDownload;
import org.vidnova.web.Codes;
import org.vidnova.web.GeoJsonWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open exports of the buildings with their current state, streamed row by row, with the filters of the listing.
 * The CSV starts with the import columns, so an export re-imports unchanged; {@code ?hxl=true} adds an HXL
 * hashtag row under the header. The GeoJSON gives each building as a point (a footprint's centroid).
 */
@RestController
@RequestMapping("/api/v1/damage")
class DamageExportController {

    static final List<String> COLUMNS = List.of("external_id", "address", "lat", "lon", "use", "name", "floors",
            "housing_units", "residents", "year_built", "heritage", "heritage_ref", "institution", "id", "source", "district",
            "grade", "state", "current_assessment_id");
    static final List<String> HXL = List.of("#meta+id", "#loc+address", "#geo+lat", "#geo+lon", "#loc+type",
            "#loc+name", "#indicator+floors", "#indicator+housing_units", "#population+residents",
            "#date+year_built", "#status+heritage", "#meta+heritage_ref", "#org+id", "#meta+vidnova_id", "#meta+source",
            "#adm3+code", "#severity+grade", "#severity+state", "#meta+assessment_id");

    private final DamageController listing;
    private final BuildingRepository buildings;
    private final InstitutionRepository institutions;
    private final JsonMapper json;
    private final CoeB15Export coeB15;

    DamageExportController(DamageController listing, BuildingRepository buildings,
            InstitutionRepository institutions, JsonMapper json, CoeB15Export coeB15) {
        this.coeB15 = coeB15;
        this.listing = listing;
        this.buildings = buildings;
        this.institutions = institutions;
        this.json = json;
    }

    @GetMapping("/buildings.csv")
    void csv(@RequestParam(defaultValue = "false") boolean hxl, @RequestParam(required = false) String source,
            @RequestParam(required = false) String district, @RequestParam(required = false) String use,
            @RequestParam(required = false) String state, HttpServletResponse response) throws IOException {
        BuildingRepository.Filter filter = listing.filter(source, district, use, state);
        try (CSVPrinter csv = CsvDownload.start(response, "damage-buildings.csv", COLUMNS, hxl ? HXL : null)) {
            Map<Long, String> institution = institutions.externalIds();
            buildings.forEach(filter, b -> {
                try {
                    csv.printRecord(fields(b, institution).values());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Facilities (institutions and non-residential buildings) shaped for the Council of Europe Register of Damage,
     * category B1.5 (public buildings): public, as every field is already public in the buildings export and on the
     * building pages, and nothing in it is personal; the register and the press can check the city's claims.
     */
    @GetMapping("/exports/coe-b15.csv")
    void coeB15(HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = CsvDownload.start(response, "coe-b15-public-buildings.csv", null, null)) {
            coeB15.write(csv);
        }
    }

    @GetMapping(value = "/buildings.geojson", produces = {"application/geo+json", "application/json"})
    void geoJson(@RequestParam(required = false) String source, @RequestParam(required = false) String district,
            @RequestParam(required = false) String use, @RequestParam(required = false) String state,
            HttpServletResponse response) throws IOException {
        BuildingRepository.Filter filter = listing.filter(source, district, use, state);
        response.setContentType("application/geo+json");
        response.setCharacterEncoding("UTF-8");
        Map<Long, String> institution = institutions.externalIds();
        try (GeoJsonWriter out = new GeoJsonWriter(json, response.getOutputStream())) {
            buildings.forEach(filter, b -> out.point(String.valueOf(b.id()), b.lon(), b.lat(),
                    fields(b, institution)));
        }
    }

    /** A building's export fields, in the order of {@link #COLUMNS}. */
    static Map<String, Object> fields(Building b, Map<Long, String> institution) {
        Object[] values = {b.externalId(), b.address(), b.lat(), b.lon(), b.use().code(), b.name(), b.floors(),
            b.housingUnits(), b.residents(), b.yearBuilt(), Codes.of(b.heritage()), b.heritageRef(),
            b.institutionId() == null ? null : institution.get(b.institutionId()), b.id(),
            b.source(), b.districtCode(), b.currentGrade(),
            b.currentGrade() == null ? "not_assessed" : Crosswalk.label(b.currentGrade()), b.currentAssessmentId()};
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            f.put(COLUMNS.get(i), values[i]);
        }
        return f;
    }
}
