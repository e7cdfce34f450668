package org.vidnova.audit;

import java.time.Instant;

/** One row of the audit trail. {@code change} is the JSON the writing module recorded. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId,
        AuditAction action, String change) {
}
