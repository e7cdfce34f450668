package org.vidnova.incidents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One incident of the register, keyed by (source, external id). {@code occurredAt} is a UTC instant cut to
 * {@code timePrecision}; {@code localDay} and {@code localHour} are its date and hour in Kyiv ({@code localHour} is
 * null when only the day is known). {@code districtCode} is computed from lat/lon and is null outside the city or
 * without coordinates. {@code killed} and {@code injured} are null when unknown.
 */
public record Incident(long id, String source, String externalId, Instant occurredAt, TimePrecision timePrecision,
        IncidentType type, Double lat, Double lon, GeoPrecision geoPrecision, String districtCode, Integer killed,
        Integer injured, String description, String sourceUrl, Verification verification, LocalDate localDay,
        Integer localHour, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
