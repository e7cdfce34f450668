package org.vidnova.web;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds RFC 7946 FeatureCollections of points ([lon, lat]) for the exports. */
public final class GeoJsonFeatures {

    private final ObjectNode collection;
    private final ArrayNode features;

    public GeoJsonFeatures(JsonMapper json) {
        collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        features = collection.putArray("features");
    }

    /** Adds a Point feature and returns its (empty) properties to fill. */
    public ObjectNode point(String id, double lon, double lat) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        feature.put("id", id);
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(lon).add(lat);
        return feature.putObject("properties");
    }

    public ObjectNode collection() {
        return collection;
    }
}
