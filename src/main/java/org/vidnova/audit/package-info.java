/**
 * Append-only record of every change made through the application: who, when, what, and the change as JSON.
 * Other modules call {@link org.vidnova.audit.AuditTrail} inside their own transaction, so a change and its
 * audit row commit or roll back together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.vidnova.audit;
