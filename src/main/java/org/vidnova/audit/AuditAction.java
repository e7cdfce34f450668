package org.vidnova.audit;

/** What was done to an entity. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
