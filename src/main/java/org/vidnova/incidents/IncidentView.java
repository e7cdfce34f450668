package org.vidnova.incidents;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.vidnova.web.Codes;

/**
 * An incident as the public API shows it. Unknown values are written as null (killed null: not known, unlike 0).
 * Who entered or edited it is not shown here; the audit trail keeps that for administrators.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record IncidentView(long id, String source, String externalId, Instant occurredAt, String timePrecision,
        String localDay, Integer localHour, String type, Double lat, Double lon, String geoPrecision, String district,
        Integer killed, Integer injured, String description, String sourceUrl, String verification,
        Instant createdAt, Instant updatedAt) {

    static IncidentView of(Incident i) {
        return new IncidentView(i.id(), i.source(), i.externalId(), i.occurredAt(), Codes.of(i.timePrecision()),
                i.localDay().toString(), i.localHour(), Codes.of(i.type()), i.lat(), i.lon(),
                Codes.of(i.geoPrecision()), i.districtCode(), i.killed(), i.injured(), i.description(),
                i.sourceUrl(), Codes.of(i.verification()), i.createdAt(), i.updatedAt());
    }
}
