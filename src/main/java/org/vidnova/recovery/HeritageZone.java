package org.vidnova.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The old town's protected zone: a polygon setting ({@code vidnova.recovery.heritage-zone}, a GeoJSON Feature or
 * geometry in WGS84). The default resource is an approximation of Kharkiv's historic centre, named as such.
 */
@Component
class HeritageZone {

    private final PreparedGeometry zone;
    private final String geoJson;
    private final GeometryFactory factory = new GeometryFactory();

    HeritageZone(@Value("${vidnova.recovery.heritage-zone:classpath:recovery/old-town.geojson}") Resource resource,
            JsonMapper json) throws IOException, ParseException {
        try (InputStream in = resource.getInputStream()) {
            geoJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode node = json.readTree(geoJson);
        JsonNode geometry = node.has("geometry") ? node.get("geometry") : node;
        Geometry polygon = new GeoJsonReader().read(geometry.toString());
        if (!polygon.isValid() || polygon.getArea() == 0) {
            throw new IllegalStateException("vidnova.recovery.heritage-zone is not a valid polygon");
        }
        zone = PreparedGeometryFactory.prepare(polygon);
    }

    boolean contains(double lat, double lon) {
        return zone.contains(factory.createPoint(new Coordinate(lon, lat)));
    }

    /** The zone as it was configured, for the map. */
    String geoJson() {
        return geoJson;
    }
}
