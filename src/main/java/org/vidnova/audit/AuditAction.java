package org.vidnova.audit;

/** What was done to an entity; {@code READ} records a read of personal data (who looked at what). */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ
}
