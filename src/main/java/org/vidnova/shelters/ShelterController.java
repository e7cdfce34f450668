package org.vidnova.shelters;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.vidnova.web.ImportReport;
import org.vidnova.web.UploadFormat;
import org.vidnova.web.UploadLimit;

import tools.jackson.databind.json.JsonMapper;

/** The shelter register over HTTP: import, list, read, edit, delete, coverage. */
@RestController
@RequestMapping("/api/v1/shelters")
class ShelterController {

    static final String SOURCE_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final ShelterRegister register;
    private final ShelterRepository repository;
    private final ResidentReports reports;
    private final ShelterCoverage coverage;
    private final Districts districts;
    private final PublicShelters publicShelters;
    private final JsonMapper json;
    private final long maxUpload;

    ShelterController(ShelterRegister register, ShelterRepository repository, ResidentReports reports,
            ShelterCoverage coverage, Districts districts, PublicShelters publicShelters, JsonMapper json,
            @Value("${vidnova.limits.max-upload:50MB}") DataSize maxUpload) {
        this.register = register;
        this.repository = repository;
        this.reports = reports;
        this.coverage = coverage;
        this.districts = districts;
        this.publicShelters = publicShelters;
        this.json = json;
        this.maxUpload = maxUpload.toBytes();
    }

    /** A multipart upload, field {@code file}. */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importFile(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return importStream(source, UploadFormat.sniff(in, file.getContentType(), file.getOriginalFilename()));
        }
    }

    /** The file as the request body (text/csv, application/geo+json, …). */
    @PostMapping(value = "/imports", consumes = {"text/csv", "text/plain", "application/geo+json",
        "application/json", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBody(@RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            HttpServletRequest request) throws IOException {
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return importStream(source, UploadFormat.sniff(in, request.getContentType(), null));
        }
    }

    private ImportReport importStream(String source, UploadFormat.Sniffed upload) {
        return register.importRows(source, ShelterUploads.rows(upload, json));
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String source,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean accessible,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        String districtCode = district == null ? null : districts.resolve(district).map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        var filter = new ShelterRepository.Filter(source, districtCode,
                kind == null ? null : ShelterKind.parse(kind).orElseThrow(
                        () -> ApiProblem.badRequest("kind", "must be one of " + ShelterRows.KINDS)),
                status == null ? null : ShelterStatus.parse(status).orElseThrow(
                        () -> ApiProblem.badRequest("status", "must be one of " + ShelterRows.STATUSES)),
                accessible, publicShelters.hiddenKinds());
        List<Shelter> found = repository.find(filter, page * size, size);
        var pending = reports.pendingByShelter();
        return Map.of("items", found.stream().map(s -> ShelterView.of(s, pending.get(s.id()))).toList(),
                "page", page, "size", size, "total", repository.count(filter));
    }

    @GetMapping("/{id}")
    ShelterView get(@PathVariable long id) {
        Shelter s = register.find(id).filter(publicShelters::shown)
                .orElseThrow(() -> ShelterRegister.notFound(id));
        return ShelterView.of(s, reports.pendingByShelter().get(id));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    ShelterView patch(@PathVariable long id, @Valid @RequestBody ShelterPatch patch) {
        return ShelterView.of(register.patch(id, patch), reports.pendingByShelter().get(id));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        register.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/coverage")
    CoverageReport coverage() {
        return coverage.report();
    }

    /** The uncovered areas (more than the radius from any open shelter) as GeoJSON rectangles, per district. */
    @GetMapping(value = "/coverage.geojson", produces = {"application/geo+json", "application/json"})
    ResponseEntity<String> uncovered() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(coverage.uncoveredGeoJson());
    }

}
