package org.vidnova.web;

import java.io.OutputStream;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 7946 FeatureCollection of points feature by feature, for exports too large to build in memory
 * (see {@link GeoJsonFeatures} for small ones). A feature without coordinates gets a null geometry.
 */
public final class GeoJsonWriter implements AutoCloseable {

    private final JsonGenerator out;

    public GeoJsonWriter(JsonMapper json, OutputStream stream) {
        out = json.createGenerator(stream);
        out.writeStartObject();
        out.writeStringProperty("type", "FeatureCollection");
        out.writeArrayPropertyStart("features");
    }

    /** A Point feature at [lon, lat] (null geometry when either is null) with these properties. */
    public void point(String id, Double lon, Double lat, Map<String, ?> properties) {
        out.writeStartObject();
        out.writeStringProperty("type", "Feature");
        out.writeStringProperty("id", id);
        if (lon == null || lat == null) {
            out.writeNullProperty("geometry");
        } else {
            out.writeObjectPropertyStart("geometry");
            out.writeStringProperty("type", "Point");
            out.writeArrayPropertyStart("coordinates");
            out.writeNumber(lon);
            out.writeNumber(lat);
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writePOJOProperty("properties", properties);
        out.writeEndObject();
    }

    @Override
    public void close() {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }
}
