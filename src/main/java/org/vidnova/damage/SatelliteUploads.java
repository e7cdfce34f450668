package org.vidnova.damage;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.vidnova.web.GeoJsonUpload;
import org.vidnova.web.RowFields;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads satellite damage points, a GeoJSON FeatureCollection of Points with the properties {@code external_id} (or
 * {@code id}), {@code class} (a native class; without a scheme it is UNOSAT's, e.g. {@code destroyed}),
 * {@code assessed_on} (or {@code date}, the image's day) and optional {@code notes}, as assessments rows of assessor
 * satellite: each point is matched to a building by {@link SatelliteMatcher} and keeps its own place as the
 * evidence place. A point that matches no building is a rejected row naming its line, so it is reported, never
 * silently lost.
 */
final class SatelliteUploads {

    private SatelliteUploads() {
    }

    static Consumer<Consumer<RowFields>> rows(InputStream in, JsonMapper json, SatelliteMatcher matcher) {
        return sink -> GeoJsonUpload.read(json, in, feature -> {
            Map<String, String> p = feature.properties();
            Map<String, String> values = new HashMap<>();
            values.put("external_id", p.get("external_id") != null ? p.get("external_id") : p.get("id"));
            String nativeClass = p.get("class");
            values.put("native_class", nativeClass == null || nativeClass.contains(":") ? nativeClass
                    : "unosat:" + nativeClass);
            values.put("assessed_on", p.get("assessed_on") != null ? p.get("assessed_on") : p.get("date"));
            values.put("notes", p.get("notes"));
            values.put("assessor", "satellite");
            double[] point = feature.point();
            Optional<String> building = Optional.empty();
            if (point != null) {
                values.put("evidence_lon", Double.toString(point[0]));
                values.put("evidence_lat", Double.toString(point[1]));
                building = matcher.match(point[1], point[0]);
                building.ifPresent(key -> {
                    int slash = key.indexOf('/');
                    values.put("building_source", key.substring(0, slash));
                    values.put("building_external_id", key.substring(slash + 1));
                });
            }
            // An unmatched point is reported once, for its geometry, not again for the building it lacks.
            values.putIfAbsent("building_external_id", "-");
            RowFields row = new RowFields(feature.line(), values::get);
            if (point == null) {
                row.error("geometry", "must be a Point with [lon, lat]");
            } else if (building.isEmpty()) {
                row.error("geometry", "matches no building: none contains the point and none is within "
                        + (int) SatelliteMatcher.RADIUS_METERS + " m");
            }
            sink.accept(row);
        });
    }
}
