package org.vidnova.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
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
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.FieldError;
import org.vidnova.web.ImportReport;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadLimit;

import tools.jackson.databind.JsonNode;

/** The incident register over HTTP: enter, edit, verify, delete, import, list and read. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

    /** The source of incidents entered one by one, when the request names none. */
    static final String MANUAL_SOURCE = "manual";
    /** What a request may set, in camelCase; verification has its own endpoint. */
    static final Set<String> FIELDS = Set.of("source", "externalId", "occurredAt", "timePrecision", "type", "lat",
            "lon", "geoPrecision", "killed", "injured", "description", "sourceUrl");
    static final Set<String> KEYS = Set.of("source", "externalId");

    private final IncidentRegister register;
    private final IncidentQueries queries;
    private final PublicStrikes strikes;
    private final long maxUpload;

    IncidentController(IncidentRegister register, IncidentQueries queries, PublicStrikes strikes,
            @Value("${vidnova.incidents.max-upload:${vidnova.limits.max-upload:50MB}}") DataSize maxUpload) {
        this.register = register;
        this.queries = queries;
        this.strikes = strikes;
        this.maxUpload = maxUpload.toBytes();
    }

    /** {@code {occurredAt, type, lat, lon, killed, injured, description, sourceUrl, …}}: one incident. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<IncidentView> create(@RequestBody JsonNode body) {
        Map<String, String> values = values(body, FIELDS);
        values.putIfAbsent("source", MANUAL_SOURCE);
        values.putIfAbsent("externalId", UUID.randomUUID().toString());
        Incident created = register.create(draft(values));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + created.id())).body(IncidentView.of(created));
    }

    /** Any of the fields of {@link #create} but source and external id; null clears an optional field. */
    @PatchMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    IncidentView patch(@PathVariable long id, @RequestBody JsonNode body) {
        Set<String> editable = new java.util.HashSet<>(FIELDS);
        editable.removeAll(KEYS);
        Map<String, String> edits = values(body, editable);
        return IncidentView.of(register.update(id, before -> {
            Map<String, String> merged = new HashMap<>();
            IncidentRows.fields(before).forEach((k, v) -> merged.put(IncidentRows.camelCase(k), v));
            if (body.has("occurredAt") && !body.has("timePrecision")) {
                merged.remove("timePrecision");
            }
            if ((body.has("lat") || body.has("lon")) && !body.has("geoPrecision")) {
                merged.remove("geoPrecision");
            }
            merged.putAll(edits);
            return draft(merged);
        }));
    }

    /** {@code {"verification": "reported" | "verified" | "disputed"}}: an analyst's judgement. */
    @PostMapping(value = "/{id}/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    IncidentView verify(@PathVariable long id, @RequestBody JsonNode body) {
        Verification verification = Codes.parse(Verification.class, body.path("verification").asString(""))
                .orElseThrow(() -> ApiProblem.badRequest("verification",
                        "must be one of " + Codes.list(Verification.class)));
        return IncidentView.of(register.verify(id, verification));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        register.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A multipart upload, field {@code file}; {@code format} is vidnova (the default), acled or cir. */
    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importFile(@RequestParam @Pattern(regexp = IncidentRows.SOURCE_PATTERN) String source,
            @RequestParam(required = false) String format, @RequestPart("file") MultipartFile file)
            throws IOException {
        IncidentFormat layout = format(format);
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return register.importRows(source, layout.reader(), layout.rows(in));
        }
    }

    /** The file as the request body (text/csv, …). */
    @PostMapping(value = "/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBody(@RequestParam @Pattern(regexp = IncidentRows.SOURCE_PATTERN) String source,
            @RequestParam(required = false) String format, HttpServletRequest request) throws IOException {
        IncidentFormat layout = format(format);
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return register.importRows(source, layout.reader(), layout.rows(in));
        }
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String source,
            @RequestParam(required = false) String district, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String verification,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        IncidentRepository.Filter filter = strikes.limit(
                queries.filter(source, district, type, from, to, bbox, verification));
        return Map.of("items", queries.find(filter, page, size).stream().map(strikes::shown).map(IncidentView::of)
                .toList(),
                "page", page, "size", size, "total", queries.count(filter));
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable long id) {
        // Not yet public reads as not found, so that the answer does not tell that a strike was recorded.
        return IncidentView.of(strikes.shown(register.find(id).filter(strikes::visible)
                .orElseThrow(() -> IncidentRegister.notFound(id))));
    }

    private static IncidentFormat format(String format) {
        if (format == null || format.isBlank()) {
            return IncidentFormat.VIDNOVA;
        }
        return IncidentFormat.parse(format.strip()).orElseThrow(() -> ApiProblem.badRequest("format",
                "must be one of vidnova, acled, cir"));
    }

    /** A validated draft from camelCase values, or a 400 problem naming every offending field. */
    private static IncidentDraft draft(Map<String, String> values) {
        RowFields row = new RowFields(0, name -> {
            String v = values.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        });
        return IncidentRows.JSON.read(row).orElseThrow(() -> invalid(row.errors().stream()
                .map(e -> FieldError.of(e.field(), e.message())).toList()));
    }

    /** The body's values as text; a field that is not an object's known single value is a 400 problem. */
    private static Map<String, String> values(JsonNode body, Set<String> allowed) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object");
        }
        Map<String, String> values = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            JsonNode v = e.getValue();
            if (!allowed.contains(e.getKey())) {
                errors.add(FieldError.of(e.getKey(), "verification".equals(e.getKey())
                        ? "is set with POST /api/v1/incidents/{id}/verification" : KEYS.contains(e.getKey())
                        ? "cannot be changed" : "is not a field of an incident"));
            } else if (v.isContainer()) {
                errors.add(FieldError.of(e.getKey(), "must be a single value"));
            } else {
                values.put(e.getKey(), v.isNull() ? null : v.asString());
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return values;
    }

    private static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid input", errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "Invalid fields: " + String.join(", ", errors.stream().map(FieldError::field).toList()), errors);
    }
}
