package org.vidnova.population;

import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;

import tools.jackson.databind.JsonNode;

/**
 * A site as a registrar describes it: kind, name, district (code or name; else located from lat/lon), places,
 * accessibility and position.
 */
record TemporarySiteForm(TemporarySiteKind kind, String name, String districtCode, int places, boolean accessible,
        Double lat, Double lon) {

    static TemporarySiteForm read(JsonNode body, Districts districts) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object");
        }
        TemporarySiteKind kind = Codes.parse(TemporarySiteKind.class, body.path("kind").asString(""))
                .orElseThrow(() -> ApiProblem.badRequest("kind", "must be one of "
                        + Codes.list(TemporarySiteKind.class)));
        String name = body.path("name").asString("").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiProblem.badRequest("name", "is required (at most 200 characters)");
        }
        JsonNode places = body.get("places");
        if (places == null || !places.isIntegralNumber() || places.asInt() < 0 || places.asInt() > 100_000) {
            throw ApiProblem.badRequest("places", "must be a whole number from 0 to 100000");
        }
        Double lat = coordinate(body, "lat", 90);
        Double lon = coordinate(body, "lon", 180);
        if ((lat == null) != (lon == null)) {
            throw ApiProblem.badRequest(lat == null ? "lat" : "lon", "is required with the other coordinate");
        }
        String given = body.path("district").asString("").strip();
        String district;
        if (!given.isEmpty()) {
            district = districts.resolve(given).map(District::code).orElseThrow(() -> ApiProblem.badRequest(
                    "district", "names no district of the city"));
        } else if (lat != null) {
            district = districts.locate(lat, lon).map(District::code).orElseThrow(() -> ApiProblem.badRequest(
                    "lat", "lies outside the city's districts: name the district"));
        } else {
            throw ApiProblem.badRequest("district", "is required (or lat and lon inside the city)");
        }
        return new TemporarySiteForm(kind, name, district, places.asInt(), body.path("accessible").asBoolean(false),
                lat, lon);
    }

    private static Double coordinate(JsonNode body, String field, double limit) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || Math.abs(node.asDouble()) > limit) {
            throw ApiProblem.badRequest(field, "must be a number from -" + (int) limit + " to " + (int) limit);
        }
        return node.asDouble();
    }
}
