package org.vidnova.incidents;

import java.time.Instant;
import java.util.List;

/**
 * Published when a recorded incident has changed (an edit, a re-import with other values, a verification), inside
 * the transaction that changes it. {@code changedFields} names what changed, e.g. {@code occurredAt}.
 */
public record IncidentChanged(long incidentId, Instant occurredAt, IncidentType type, String districtCode,
        Verification verification, List<String> changedFields) {

    static IncidentChanged of(Incident i, List<String> changedFields) {
        return new IncidentChanged(i.id(), i.occurredAt(), i.type(), i.districtCode(), i.verification(),
                List.copyOf(changedFields));
    }
}
