package org.vidnova.population;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.ImportReport;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadLimit;
import org.vidnova.web.ImportTimes;

import tools.jackson.databind.JsonNode;

/** Households without a habitable home: registrars enter and correct them, analysts read them (audited). */
@RestController
@RequestMapping("/api/v1/population/households")
class HouseholdController {

    static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Households households;
    private final HouseholdImports imports;
    private final Districts districts;
    private final long maxUpload;

    HouseholdController(Households households, HouseholdImports imports, Districts districts,
            @Value("${vidnova.population.max-upload:${vidnova.limits.max-upload:50MB}}") DataSize maxUpload) {
        this.households = households;
        this.imports = imports;
        this.districts = districts;
        this.maxUpload = maxUpload.toBytes();
    }

    /**
     * A CSV of households ({@code external_id,reference_person,size,home_building_id} and optionally
     * {@code children,elderly,disabled,home_unit,stays,contact,override_reason}) as a multipart field {@code file}.
     */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importFile(@RequestParam String source, @RequestPart("file") MultipartFile file)
            throws IOException {
        String s = source(source);
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return importCsv(s, in);
        }
    }

    /** The same CSV as the request body. */
    @PostMapping(value = "/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBody(@RequestParam String source, HttpServletRequest request) throws IOException {
        String s = source(source);
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return importCsv(s, in);
        }
    }

    private ImportReport importCsv(String source, InputStream in) {
        return imports.importRows(source, sink -> CsvUpload.read(in, HouseholdRows.REQUIRED, HouseholdRows.OPTIONAL,
                row -> sink.accept(RowFields.of(row))));
    }

    private static String source(String source) {
        if (source == null || !SOURCE.matcher(source.strip()).matches()) {
            throw ApiProblem.badRequest("source", "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        return source.strip();
    }

    /**
     * {@code {referencePerson, size, children, elderly, disabled, homeBuildingId, homeUnit, stays, siteId, contact,
     * override, overrideReason}}; a home the damage register holds habitable needs {@code override} and a reason.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<Household> register(@RequestBody JsonNode body) {
        Household created = households.register(HouseholdForm.read(body, null));
        return ResponseEntity.created(URI.create("/api/v1/population/households/" + created.id())).body(created);
    }

    /** Households with their personal data, oldest registration first; every call is audited. */
    @GetMapping
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, Object> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        HouseholdStatus s = status(status);
        String d = district(district);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", households.list(s, d, page, size));
        body.put("page", page);
        body.put("size", size);
        body.put("total", households.count(s, d));
        return body;
    }

    /** One household with its moves in and out of sites; the read is audited. */
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, Object> one(@PathVariable long id) {
        Household h = households.find(id).orElseThrow(() -> Households.notFound(id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("household", h);
        body.put("moves", households.moves(id));
        return body;
    }

    @PatchMapping(value = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @PreAuthorize("hasRole('REGISTRAR')")
    Household correct(@PathVariable long id, @RequestBody JsonNode body) {
        return households.correct(id, body);
    }

    /** {@code {date, stays}}: a placed household leaves its site (date defaults to today, stays to unknown). */
    @PostMapping(value = "/{id}/move-out", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    Household moveOut(@PathVariable long id, @RequestBody JsonNode body) {
        LocalDate on = date(body.path("date").asString(""));
        HouseholdStay stays = body.path("stays").asString("").isBlank() ? HouseholdStay.UNKNOWN
                : Codes.parse(HouseholdStay.class, body.path("stays").asString()).orElseThrow(() -> ApiProblem
                        .badRequest("stays", "must be one of " + Codes.list(HouseholdStay.class)));
        return households.moveOut(id, on, stays);
    }

    static LocalDate date(String text) {
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate on = LocalDate.parse(text.strip());
            if (on.isAfter(today)) {
                throw ApiProblem.badRequest("date", "is in the future");
            }
            return on;
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("date", "must be a date as YYYY-MM-DD");
        }
    }

    private static HouseholdStatus status(String status) {
        return status == null || status.isBlank() ? null : Codes.parse(HouseholdStatus.class, status)
                .orElseThrow(() -> ApiProblem.badRequest("status", "must be one of "
                        + Codes.list(HouseholdStatus.class)));
    }

    private String district(String district) {
        return district == null || district.isBlank() ? null : districts.resolve(district).map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "names no district of the city"));
    }

}
