package org.vidnova.damage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ApiProblem;

/**
 * Evidence files of assessments, stored in {@code damage_evidence} with their SHA-256, computed here on upload and
 * compared with the one the uploader declares, if any. Each upload is audited (its metadata, not its bytes).
 */
@Service
class EvidenceStore {

    private static final String COLUMNS = "id, assessment_id, file_name, content_type, size_bytes, sha256, captured_at,"
            + " lat, lon, created_at, created_by";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EvidenceStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What an upload says of its file besides the bytes; every field but the name may be null. */
    record Upload(String fileName, String contentType, String declaredSha256, Instant capturedAt, Double lat,
            Double lon) {
    }

    @Transactional
    Evidence store(long assessmentId, Upload upload, byte[] content) {
        if (jdbc.sql("SELECT COUNT(*) FROM damage_assessment WHERE id = :id").param("id", assessmentId)
                .query(Long.class).single() == 0) {
            throw ApiProblem.notFound("No assessment with id " + assessmentId);
        }
        String sha = sha256(content);
        if (upload.declaredSha256() != null && !upload.declaredSha256().toLowerCase(Locale.ROOT).equals(sha)) {
            throw ApiProblem.badRequest("sha256", "does not match the file received (its SHA-256 is " + sha + ")");
        }
        Instant now = Instant.now();
        String actor = AuditTrail.currentActor();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO damage_evidence (assessment_id, file_name, content_type, size_bytes, sha256,
                            captured_at, lat, lon, content, created_at, created_by)
                        VALUES (:a, :name, :type, :size, :sha, :captured, :lat, :lon, :content, :now, :actor)""")
                .param("a", assessmentId).param("name", upload.fileName()).param("type", upload.contentType())
                .param("size", (long) content.length).param("sha", sha)
                .param("captured", upload.capturedAt() == null ? null : Timestamp.from(upload.capturedAt()))
                .param("lat", upload.lat()).param("lon", upload.lon()).param("content", content)
                .param("now", Timestamp.from(now)).param("actor", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        Evidence stored = find(assessmentId, id).orElseThrow();
        audit.record("damage_evidence", String.valueOf(id), AuditAction.CREATE, stored);
        return stored;
    }

    /** The evidence of these assessments, oldest first. */
    @Transactional(readOnly = true)
    List<Evidence> of(Collection<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM damage_evidence WHERE assessment_id IN (:a) ORDER BY id")
                .param("a", assessmentIds).query(EvidenceStore::map).list();
    }

    @Transactional(readOnly = true)
    Optional<Evidence> find(long assessmentId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM damage_evidence WHERE id = :id AND assessment_id = :a")
                .param("id", id).param("a", assessmentId).query(EvidenceStore::map).optional();
    }

    @Transactional(readOnly = true)
    Optional<byte[]> content(long assessmentId, long id) {
        return jdbc.sql("SELECT content FROM damage_evidence WHERE id = :id AND assessment_id = :a")
                .param("id", id).param("a", assessmentId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Evidence map(ResultSet rs, int n) throws SQLException {
        Timestamp captured = rs.getTimestamp("captured_at");
        return new Evidence(rs.getLong("id"), rs.getLong("assessment_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                captured == null ? null : captured.toInstant(), rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
