package org.vidnova.web;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the features of an uploaded GeoJSON FeatureCollection one at a time, each with the line of the file it
 * starts on, so a large file is not held in memory and errors can name the line. A document that is not a
 * FeatureCollection is refused as a 400 problem.
 */
public final class GeoJsonUpload {

    /** One feature: its line, its geometry (may be null) and its properties as text (null when empty). */
    public record Feature(long line, JsonNode geometry, Map<String, String> properties) {

        public String get(String name) {
            return properties.get(name);
        }

        /** [lon, lat] of a Point geometry, or null when the geometry is not a Point with two numbers. */
        public double[] point() {
            if (geometry == null || !"Point".equals(geometry.path("type").asString(""))) {
                return null;
            }
            JsonNode c = geometry.path("coordinates");
            if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                return null;
            }
            return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
        }
    }

    private GeoJsonUpload() {
    }

    public static void read(JsonMapper json, InputStream in, Consumer<Feature> features) {
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw CsvUpload.unreadable("file", "is not a GeoJSON FeatureCollection");
            }
            boolean sawFeatures = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name) && !"FeatureCollection".equals(parser.getString())) {
                    throw CsvUpload.unreadable("type", "must be FeatureCollection");
                } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentTokenLocation().getLineNr();
                        // Read one feature, not the whole document (readTree would insist nothing follows).
                        JsonNode feature = parser.readValueAsTree();
                        features.accept(new Feature(line, feature.get("geometry"), properties(feature)));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawFeatures) {
                throw CsvUpload.unreadable("features", "is missing: expected a GeoJSON FeatureCollection");
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw CsvUpload.unreadable("file", "is not valid JSON" + (line > 0 ? " (line " + line + ")" : ""));
        }
    }

    private static Map<String, String> properties(JsonNode feature) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode properties = feature.path("properties");
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            JsonNode v = e.getValue();
            String text = v.isNull() || v.isMissingNode() ? null : v.isValueNode() ? v.asString() : v.toString();
            values.put(e.getKey().toLowerCase(java.util.Locale.ROOT),
                    text == null || text.isBlank() ? null : text.strip());
        }
        return values;
    }
}
