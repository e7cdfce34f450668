package org.vidnova.incidents;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.vidnova.web.ImportTimes;

/**
 * An incident as an import row or a request describes it, validated; the district is computed later.
 * {@code occurredAt} is already cut to {@code timePrecision}. {@code source} is null when the row names none (the
 * import's source applies); {@code verification} is null when the row says nothing of it (new incidents are then
 * {@code reported} and stored ones keep theirs).
 */
record IncidentDraft(String source, String externalId, Instant occurredAt, TimePrecision timePrecision,
        IncidentType type, Double lat, Double lon, GeoPrecision geoPrecision, Integer killed, Integer injured,
        String description, String sourceUrl, Verification verification) {

    IncidentDraft withSource(String defaultSource) {
        return source != null ? this : new IncidentDraft(defaultSource, externalId, occurredAt, timePrecision, type,
                lat, lon, geoPrecision, killed, injured, description, sourceUrl, verification);
    }

    /** A new incident from this draft. */
    Incident create(long id, String district, Instant now, String actor) {
        ZonedDateTime local = occurredAt.atZone(ImportTimes.KYIV);
        return new Incident(id, source, externalId, occurredAt, timePrecision, type, lat, lon, geoPrecision, district,
                killed, injured, description, sourceUrl, verification == null ? Verification.REPORTED : verification,
                local.toLocalDate(), localHour(local), now, actor, now, actor);
    }

    /** {@code before} with the fields of this draft (a stored verification stays when the draft has none). */
    Incident applyTo(Incident before, String district, Instant now, String actor) {
        ZonedDateTime local = occurredAt.atZone(ImportTimes.KYIV);
        return new Incident(before.id(), before.source(), before.externalId(), occurredAt, timePrecision, type, lat,
                lon, geoPrecision, district, killed, injured, description, sourceUrl,
                verification == null ? before.verification() : verification, local.toLocalDate(), localHour(local),
                before.createdAt(), before.createdBy(), now, actor);
    }

    /** True when {@code stored} already holds exactly these values, so that importing this row changes nothing. */
    boolean sameAs(Incident stored) {
        return occurredAt.equals(stored.occurredAt()) && timePrecision == stored.timePrecision()
                && type == stored.type() && Objects.equals(lat, stored.lat()) && Objects.equals(lon, stored.lon())
                && geoPrecision == stored.geoPrecision() && Objects.equals(killed, stored.killed())
                && Objects.equals(injured, stored.injured()) && Objects.equals(description, stored.description())
                && Objects.equals(sourceUrl, stored.sourceUrl())
                && (verification == null || verification == stored.verification());
    }

    private Integer localHour(ZonedDateTime local) {
        return timePrecision == TimePrecision.DAY ? null : local.getHour();
    }
}
