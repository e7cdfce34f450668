package org.vidnova.geo;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.GeoJsonFeatures;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Public reference geography: districts, point-in-district, metro stations. */
@RestController
@RequestMapping("/api/v1")
class GeoController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final CacheControl REFERENCE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final Districts districts;
    private final MetroStations stations;
    private final JsonMapper json;

    GeoController(Districts districts, MetroStations stations, JsonMapper json) {
        this.districts = districts;
        this.stations = stations;
        this.json = json;
    }

    @GetMapping("/districts")
    ResponseEntity<List<District>> districts() {
        return ResponseEntity.ok().cacheControl(REFERENCE).body(districts.all());
    }

    @GetMapping(value = "/districts.geojson", produces = {"application/geo+json", "application/json"})
    ResponseEntity<byte[]> districtsGeoJson() {
        return ResponseEntity.ok().cacheControl(REFERENCE).contentType(GEO_JSON).body(districts.featureCollection());
    }

    @GetMapping("/districts/locate")
    District locate(@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double lon) {
        return districts.locate(lat, lon).orElseThrow(() -> ApiProblem.notFound(
                "The point (" + lat + ", " + lon + ") is outside the city: it lies in no Kharkiv district."));
    }

    @GetMapping("/districts/{code}")
    District district(@PathVariable String code) {
        return districts.byCode(code).orElseThrow(() -> ApiProblem.notFound("No district with code " + code));
    }

    @GetMapping("/metro-stations")
    ResponseEntity<List<MetroStation>> metroStations() {
        return ResponseEntity.ok().cacheControl(REFERENCE).body(stations.all());
    }

    @GetMapping(value = "/metro-stations.geojson", produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> metroStationsGeoJson() {
        GeoJsonFeatures collection = new GeoJsonFeatures(json);
        for (MetroStation s : stations.all()) {
            collection.point(s.id(), s.lon(), s.lat()).setAll((ObjectNode) json.valueToTree(s));
        }
        return ResponseEntity.ok().cacheControl(REFERENCE).contentType(GEO_JSON).body(collection.collection());
    }
}
