package org.vidnova.damage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.UploadLimit;

/**
 * Evidence files of an assessment: a registrar uploads one (multipart, field {@code file}, at most
 * {@code vidnova.damage.evidence.max-size}); anyone lists their metadata and hashes, as the building page shows
 * them; signed-in roles read the file itself, which may show people or their homes.
 */
@RestController
@RequestMapping("/api/v1/damage/assessments/{assessmentId}/evidence")
class EvidenceController {

    private final EvidenceStore store;
    private final long maxSize;

    EvidenceController(EvidenceStore store,
            @Value("${vidnova.damage.evidence.max-size:20MB}") DataSize maxSize) {
        this.store = store;
        this.maxSize = maxSize.toBytes();
    }

    /**
     * Stores a file with its SHA-256 (computed here; a declared {@code sha256} that differs is a 400 naming it), when
     * and where it was captured.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    @ResponseStatus(HttpStatus.CREATED)
    Evidence upload(@PathVariable long assessmentId, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String sha256, @RequestParam(required = false) String capturedAt,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence"
                : file.getOriginalFilename().strip();
        if (name.length() > 300) {
            throw ApiProblem.badRequest("file", "has a name longer than 300 characters");
        }
        if (sha256 != null && !sha256.matches("[0-9a-fA-F]{64}")) {
            throw ApiProblem.badRequest("sha256", "must be 64 hexadecimal digits");
        }
        if ((lat == null) != (lon == null)) {
            throw ApiProblem.badRequest(lat == null ? "lat" : "lon", "is required when the other coordinate is given");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw ApiProblem.badRequest(lat < -90 || lat > 90 ? "lat" : "lon", "is out of range");
        }
        Instant captured = capturedAt == null || capturedAt.isBlank() ? null
                : ImportTimes.parameter("capturedAt", capturedAt.strip()).instant();
        byte[] content;
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxSize)) {
            content = in.readAllBytes();
        }
        if (content.length == 0) {
            throw ApiProblem.badRequest("file", "is empty");
        }
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        return store.store(assessmentId, new EvidenceStore.Upload(name, type.length() > 100
                ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type, sha256, captured, lat, lon), content);
    }

    /** The evidence of an assessment, without the files: public, as on the building page. */
    @GetMapping
    List<Evidence> list(@PathVariable long assessmentId) {
        return store.of(List.of(assessmentId));
    }

    /** One file, for signed-in roles, as an attachment with the type it was uploaded with. */
    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> file(@PathVariable long assessmentId, @PathVariable long id) {
        Evidence evidence = store.find(assessmentId, id).orElseThrow(() -> ApiProblem.notFound(
                "No evidence " + id + " of assessment " + assessmentId));
        byte[] content = store.content(assessmentId, id).orElseThrow();
        MediaType type;
        try {
            type = MediaType.parseMediaType(evidence.contentType());
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
