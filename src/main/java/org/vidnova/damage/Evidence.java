package org.vidnova.damage;

import java.time.Instant;

/** An evidence file of an assessment, without its bytes: what it is, its SHA-256, when and where it was captured. */
public record Evidence(long id, long assessmentId, String fileName, String contentType, long size, String sha256,
        Instant capturedAt, Double lat, Double lon, Instant createdAt, String createdBy) {
}
