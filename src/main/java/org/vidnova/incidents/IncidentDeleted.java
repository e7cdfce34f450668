package org.vidnova.incidents;

/** Published when an incident has been deleted from the register, inside the transaction that deletes it. */
public record IncidentDeleted(long incidentId) {
}
