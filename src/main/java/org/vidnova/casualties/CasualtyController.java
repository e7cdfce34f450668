package org.vidnova.casualties;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.ImportReport;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadLimit;

import tools.jackson.databind.JsonNode;

/** The lists (sources) and their reports: analysts define the lists, registrars import them, analysts read them. */
@RestController
@RequestMapping("/api/v1/casualties")
class CasualtyController {

    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final CasualtySources sources;
    private final VictimReports reports;
    private final long maxUpload;

    CasualtyController(CasualtySources sources, VictimReports reports,
            @Value("${vidnova.casualties.max-upload:${vidnova.limits.max-upload:50MB}}") DataSize maxUpload) {
        this.sources = sources;
        this.reports = reports;
        this.maxUpload = maxUpload.toBytes();
    }

    /** {@code {code, name, kind}}: kind is hospital, morgue, police, emergency, ngo, media or other. */
    @PostMapping(value = "/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<CasualtySource> createSource(@RequestBody JsonNode body) {
        String code = body.path("code").asString("").strip();
        String name = body.path("name").asString("").strip();
        String kind = body.path("kind").asString("");
        if (!CODE.matcher(code).matches()) {
            throw ApiProblem.badRequest("code", "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw ApiProblem.badRequest("name", "is required (at most 200 characters)");
        }
        SourceKind k = Codes.parse(SourceKind.class, kind).orElseThrow(() -> ApiProblem.badRequest("kind",
                "must be one of " + Codes.list(SourceKind.class)));
        CasualtySource created = sources.create(code, name, k);
        return ResponseEntity.created(URI.create("/api/v1/casualties/sources/" + code)).body(created);
    }

    @GetMapping("/sources")
    @PreAuthorize("hasRole('ANALYST')")
    List<CasualtySource> sources() {
        return sources.all();
    }

    /** A multipart upload, field {@code file}. */
    @PostMapping(value = "/sources/{code}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importFile(@PathVariable String code, @RequestPart("file") MultipartFile file) throws IOException {
        String source = known(code);
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return importCsv(source, in);
        }
    }

    /** The CSV as the request body. */
    @PostMapping(value = "/sources/{code}/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBody(@PathVariable String code, HttpServletRequest request) throws IOException {
        String source = known(code);
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return importCsv(source, in);
        }
    }

    /** Reports with their personal data (ANALYST); every call is recorded in the audit trail. */
    @GetMapping("/reports")
    @PreAuthorize("hasRole('ANALYST')")
    Map<String, Object> reports(@RequestParam(required = false) String source,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        ReportStatus s = status == null || status.isBlank() ? null : Codes.parse(ReportStatus.class, status)
                .orElseThrow(() -> ApiProblem.badRequest("status", "must be one of " + Codes.list(ReportStatus.class)));
        String src = source == null || source.isBlank() ? null : source.strip();
        return Map.of("items", reports.find(src, s, page, size), "page", page, "size", size,
                "total", reports.count(src));
    }

    private ImportReport importCsv(String source, InputStream in) {
        return reports.importRows(source, sink -> CsvUpload.read(in, ReportRows.REQUIRED, ReportRows.OPTIONAL,
                row -> sink.accept(RowFields.of(row))));
    }

    private String known(String code) {
        return sources.find(code).map(CasualtySource::code)
                .orElseThrow(() -> ApiProblem.notFound("No casualty source with code " + code
                        + "; an analyst creates it with POST /api/v1/casualties/sources"));
    }
}
