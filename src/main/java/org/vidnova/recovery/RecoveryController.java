package org.vidnova.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
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
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.ImportReport;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadLimit;

/** Recovery projects over HTTP: import, list, read, edit, conservation approval, and the portfolio optimiser. */
@RestController
@RequestMapping("/api/v1/recovery")
class RecoveryController {

    static final String SOURCE_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final ProjectRegister register;
    private final PortfolioPlanner planner;
    private final Districts districts;
    private final HeritageZone zone;
    private final long maxUpload;

    RecoveryController(ProjectRegister register, PortfolioPlanner planner, Districts districts, HeritageZone zone,
            @Value("${vidnova.limits.max-upload:50MB}") DataSize maxUpload) {
        this.register = register;
        this.planner = planner;
        this.districts = districts;
        this.zone = zone;
        this.maxUpload = maxUpload.toBytes();
    }

    /**
     * A multipart upload, field {@code file}. {@code buildingSource} names the damage source of the rows'
     * {@code building_external_ids} when a row has no {@code building_source} column.
     */
    @PostMapping(value = "/projects/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    ImportReport importFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestParam(required = false) @Pattern(regexp = SOURCE_PATTERN) String buildingSource,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return importStream(source, buildingSource, in);
        }
    }

    @PostMapping(value = "/projects/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('PLANNER')")
    ImportReport importBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestParam(required = false) @Pattern(regexp = SOURCE_PATTERN) String buildingSource,
            HttpServletRequest request) throws IOException {
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return importStream(source, buildingSource, in);
        }
    }

    private ImportReport importStream(String source, String buildingSource, InputStream in) {
        return register.importRows(source, buildingSource, sink -> CsvUpload.read(in, ProjectRows.REQUIRED,
                ProjectRows.OPTIONAL, row -> sink.accept(RowFields.of(row))));
    }

    @GetMapping("/projects")
    Map<String, Object> list(@RequestParam(required = false) String district,
            @RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        String districtCode = district == null ? null : districts.resolve(district).map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        var filter = new ProjectRepository.Filter(districtCode,
                status == null ? null : ProjectStatus.parse(status).orElseThrow(() -> ApiProblem.badRequest(
                        "status", "must be one of " + Codes.list(ProjectStatus.class))),
                type == null ? null : ProjectType.parse(type).orElseThrow(() -> ApiProblem.badRequest(
                        "type", "must be one of " + Codes.list(ProjectType.class))), source);
        return register.list(filter, page, size);
    }

    @GetMapping("/projects/{id}")
    ProjectView get(@PathVariable long id) {
        return register.view(id).orElseThrow(() -> ProjectRegister.notFound(id));
    }

    @PatchMapping("/projects/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    ProjectView patch(@PathVariable long id, @Valid @RequestBody ProjectPatch patch) {
        return register.patch(id, patch);
    }

    /** Body of the approval: the reference of the conservation decision (authority, number, date). */
    record Approval(@NotBlank @Size(max = 200) String reference) {
    }

    @PostMapping("/projects/{id}/conservation-approval")
    @PreAuthorize("hasRole('PLANNER')")
    ProjectView approve(@PathVariable long id, @Valid @RequestBody Approval approval) {
        return register.approve(id, approval.reference());
    }

    /** The old town's protected zone as configured (an approximation unless replaced), for maps. */
    @GetMapping(value = "/heritage-zone.geojson", produces = {"application/geo+json", "application/json"})
    org.springframework.http.ResponseEntity<String> heritageZone() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json")).body(zone.geoJson());
    }

    @PostMapping("/portfolio")
    @PreAuthorize("hasRole('PLANNER')")
    PortfolioAnswer portfolio(@Valid @RequestBody PortfolioRequest request) {
        return planner.plan(request);
    }
}
