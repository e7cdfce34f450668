package org.vidnova.shelters;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.vidnova.web.CsvUpload;
import org.vidnova.web.GeoJsonUpload;
import org.vidnova.web.RowFields;
import org.vidnova.web.UploadFormat;

import tools.jackson.databind.json.JsonMapper;

/** Reads a shelters upload, CSV or GeoJSON FeatureCollection of Points, as a stream of rows. */
final class ShelterUploads {

    private ShelterUploads() {
    }

    static Consumer<Consumer<RowFields>> rows(UploadFormat.Sniffed upload, JsonMapper json) {
        InputStream in = upload.in();
        if (!upload.geoJson()) {
            return sink -> CsvUpload.read(in, ShelterRows.REQUIRED, ShelterRows.OPTIONAL,
                    row -> sink.accept(RowFields.of(row)));
        }
        return sink -> GeoJsonUpload.read(json, in, feature -> {
            double[] point = feature.point();
            Map<String, String> values = new HashMap<>(feature.properties());
            values.remove("lat");
            values.remove("lon");
            if (point != null) {
                // The geometry is the location; lat/lon properties, if any, are ignored.
                values.put("lon", Double.toString(point[0]));
                values.put("lat", Double.toString(point[1]));
            }
            RowFields row = new RowFields(feature.line(), values::get);
            if (point == null) {
                row.error("geometry", "must be a Point with [lon, lat]");
            }
            sink.accept(row);
        });
    }
}
