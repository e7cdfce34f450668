package org.vidnova.damage;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.GeoJsonUpload;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadFormat;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a buildings upload, CSV or GeoJSON FeatureCollection, as a stream of rows. A feature's geometry is its
 * place: a Point as it is; a Polygon or MultiPolygon is kept as the footprint and its centroid (JTS) gives lat and
 * lon, hence the district; a MultiPoint (several entrances, a campus) gives its centroid. A feature without an
 * {@code external_id} property uses its {@code id} property.
 */
final class BuildingUploads {

    static final Set<String> AREAS = Set.of("Polygon", "MultiPolygon");
    static final Set<String> POINTS = Set.of("Point", "MultiPoint");

    private BuildingUploads() {
    }

    static Consumer<Consumer<RowFields>> rows(UploadFormat.Sniffed upload, JsonMapper json) {
        InputStream in = upload.in();
        if (!upload.geoJson()) {
            return sink -> CsvUpload.read(in, BuildingRows.REQUIRED, BuildingRows.OPTIONAL,
                    row -> sink.accept(RowFields.of(row)));
        }
        GeoJsonReader reader = new GeoJsonReader();
        return sink -> GeoJsonUpload.read(json, in, feature -> {
            Map<String, String> values = new HashMap<>(feature.properties());
            values.remove("lat");
            values.remove("lon");
            values.remove("footprint");
            values.putIfAbsent("external_id", values.get("id"));
            String type = feature.geometry() == null ? "" : feature.geometry().path("type").asString("");
            Point centroid = null;
            if (AREAS.contains(type) || POINTS.contains(type)) {
                try {
                    Geometry geometry = reader.read(feature.geometry().toString());
                    if (!geometry.isEmpty() && geometry.isValid()) {
                        centroid = geometry.getCentroid();
                    }
                } catch (ParseException | RuntimeException e) {
                    centroid = null;
                }
            }
            if (centroid != null) {
                values.put("lon", Double.toString(centroid.getX()));
                values.put("lat", Double.toString(centroid.getY()));
                if (AREAS.contains(type)) {
                    values.put("footprint", feature.geometry().toString());
                }
            }
            RowFields row = new RowFields(feature.line(), values::get);
            if (centroid == null) {
                row.error("geometry", "must be a valid Point, MultiPoint, Polygon or MultiPolygon in [lon, lat]");
            }
            sink.accept(row);
        });
    }
}
