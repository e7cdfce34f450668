package org.vidnova.damage;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadFormat;
import org.vidnova.web.UploadLimit;

import tools.jackson.databind.json.JsonMapper;

/** The damage register over HTTP: imports of buildings and assessments, listing, a building, the indicators. */
@RestController
@RequestMapping("/api/v1/damage")
class DamageController {

    static final String SOURCE_PATTERN = "[A-Za-z0-9._-]{1,64}";
    static final String STATES = "none, slight, moderate, severe, destroyed, not_assessed";

    private final DamageRegister register;
    private final BuildingRepository buildings;
    private final DamageIndicators indicators;
    private final Districts districts;
    private final JsonMapper json;
    private final long maxUpload;

    DamageController(DamageRegister register, BuildingRepository buildings, DamageIndicators indicators,
            Districts districts, JsonMapper json,
            @Value("${vidnova.damage.max-upload:${vidnova.limits.max-upload:50MB}}") DataSize maxUpload) {
        this.register = register;
        this.buildings = buildings;
        this.indicators = indicators;
        this.districts = districts;
        this.json = json;
        this.maxUpload = maxUpload.toBytes();
    }

    /** Buildings as a multipart upload, field {@code file}: CSV or GeoJSON (points or footprints). */
    @PostMapping(value = "/buildings/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBuildingsFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        return importFile(file, upload -> register.importBuildings(source, BuildingUploads.rows(upload, json)));
    }

    /** Buildings as the request body (text/csv, application/geo+json, …). */
    @PostMapping(value = "/buildings/imports", consumes = {"text/csv", "text/plain", "application/geo+json",
        "application/json", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBuildingsBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            HttpServletRequest request) throws IOException {
        return importBody(request, upload -> register.importBuildings(source, BuildingUploads.rows(upload, json)));
    }

    /** Institutions (CSV {@code external_id,name,use,capacity_pupils,capacity_children,capacity_beds}). */
    @PostMapping(value = "/institutions/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importInstitutionsFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        return importFile(file, upload -> register.importInstitutions(source, csvRows(upload,
                InstitutionRows.REQUIRED, InstitutionRows.OPTIONAL)));
    }

    /** Institutions (CSV) as the request body. */
    @PostMapping(value = "/institutions/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importInstitutionsBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            HttpServletRequest request) throws IOException {
        return importBody(request, upload -> register.importInstitutions(source, csvRows(upload,
                InstitutionRows.REQUIRED, InstitutionRows.OPTIONAL)));
    }

    /** Assessments (CSV) as a multipart upload, field {@code file}. */
    @PostMapping(value = "/assessments/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importAssessmentsFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        return importFile(file, upload -> register.importAssessments(source, csvRows(upload,
                AssessmentRows.REQUIRED, AssessmentRows.OPTIONAL)));
    }

    /** Assessments (CSV) as the request body. */
    @PostMapping(value = "/assessments/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importAssessmentsBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            HttpServletRequest request) throws IOException {
        return importBody(request, upload -> register.importAssessments(source, csvRows(upload,
                AssessmentRows.REQUIRED, AssessmentRows.OPTIONAL)));
    }

    /**
     * Satellite damage points (GeoJSON, see {@link SatelliteUploads}) as the request body, each matched to the
     * building (of source {@code buildings}, or any) containing it or nearest within 25 m and recorded as its
     * assessment; unmatched points are rejected rows naming their line.
     */
    @PostMapping(value = "/satellite/imports", consumes = {"application/geo+json", "application/json",
        "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importSatelliteBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestParam(required = false) @Pattern(regexp = SOURCE_PATTERN) String buildings,
            HttpServletRequest request) throws IOException {
        return importBody(request, upload -> register.importAssessments(source,
                SatelliteUploads.rows(upload.in(), json, register.satelliteMatcher(buildings))));
    }

    /** Satellite damage points as a multipart upload, field {@code file}. */
    @PostMapping(value = "/satellite/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importSatelliteFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestParam(required = false) @Pattern(regexp = SOURCE_PATTERN) String buildings,
            @RequestPart("file") MultipartFile file) throws IOException {
        return importFile(file, upload -> register.importAssessments(source,
                SatelliteUploads.rows(upload.in(), json, register.satelliteMatcher(buildings))));
    }

    private ImportReport importFile(MultipartFile file, Function<UploadFormat.Sniffed, ImportReport> run)
            throws IOException {
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return run.apply(UploadFormat.sniff(in, file.getContentType(), file.getOriginalFilename()));
        }
    }

    private ImportReport importBody(HttpServletRequest request, Function<UploadFormat.Sniffed, ImportReport> run)
            throws IOException {
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return run.apply(UploadFormat.sniff(in, request.getContentType(), null));
        }
    }

    private static Consumer<Consumer<RowFields>> csvRows(UploadFormat.Sniffed upload,
            java.util.Set<String> required, java.util.Set<String> optional) {
        if (upload.geoJson()) {
            throw CsvUpload.unreadable("file", "must be CSV with the header " + String.join(",", required));
        }
        return sink -> CsvUpload.read(upload.in(), required, optional,
                row -> sink.accept(RowFields.of(row)));
    }

    /** Buildings, filtered by source, district (code or name), use and current state; paged. */
    @GetMapping("/buildings")
    Map<String, Object> list(@RequestParam(required = false) String source,
            @RequestParam(required = false) String district, @RequestParam(required = false) String use,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        BuildingRepository.Filter filter = filter(source, district, use, state);
        return Map.of("items", buildings.find(filter, (long) page * size, size).stream().map(BuildingView::of)
                .toList(), "page", page, "size", size, "total", buildings.count(filter));
    }

    /** A building with its current state, all its assessments, and whether assessors disagree. */
    @GetMapping("/buildings/{id}")
    BuildingView get(@PathVariable long id) {
        return BuildingView.of(register.find(id).orElseThrow(() -> DamageRegister.notFound(id)));
    }

    /** The public indicators as of a day (today in Kyiv by default): only assessments on or before it count. */
    @GetMapping("/indicators")
    Map<String, Object> indicators(@RequestParam(required = false) String asOf) {
        ImportTimes.Parsed day = ImportTimes.parameter("asOf", asOf);
        return indicators.asOf(day == null ? LocalDate.now(ImportTimes.KYIV) : day.day());
    }

    /** The crosswalk in force: its version and each native class with its Vidnova grade. */
    @GetMapping("/crosswalk")
    Map<String, Object> crosswalk() {
        return Map.of("version", Crosswalk.CURRENT.version(), "classes", Crosswalk.CURRENT.classes(),
                "grades", java.util.List.of(Crosswalk.GRADES));
    }

    BuildingRepository.Filter filter(String source, String district, String use, String state) {
        String districtCode = district == null ? null : districts.resolve(district).map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        BuildingUse u = use == null ? null : BuildingUse.parse(use).orElseThrow(() -> ApiProblem.badRequest("use",
                "must be one of " + Codes.list(BuildingUse.class)));
        Integer grade = null;
        if (state != null) {
            grade = "not_assessed".equalsIgnoreCase(state.strip()) ? -1
                    : java.util.Arrays.asList(Crosswalk.GRADES).indexOf(state.strip().toLowerCase(java.util.Locale.ROOT));
            if (grade == -1 && !"not_assessed".equalsIgnoreCase(state.strip())) {
                throw ApiProblem.badRequest("state", "must be one of " + STATES);
            }
        }
        return new BuildingRepository.Filter(source, districtCode, u, grade);
    }
}
