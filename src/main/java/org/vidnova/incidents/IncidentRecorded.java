package org.vidnova.incidents;

import java.time.Instant;

/** Published when an incident has been recorded (entered or imported), inside the transaction that records it. */
public record IncidentRecorded(long incidentId, String source, String externalId, Instant occurredAt,
        IncidentType type, String districtCode) {

    static IncidentRecorded of(Incident i) {
        return new IncidentRecorded(i.id(), i.source(), i.externalId(), i.occurredAt(), i.type(), i.districtCode());
    }
}
