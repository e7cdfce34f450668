package org.vidnova.geo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The city's districts: list, lookup by code or by any name a list may use, and point-in-district.
 * The districts are reference data loaded once, so they are held in memory with a spatial index.
 */
@Service
public class Districts {

    private record Snapshot(List<District> all, Map<String, District> byCode, Map<String, District> byName,
            Map<String, Geometry> boundaries, DistrictIndex index, byte[] featureCollection) {
    }

    private final DistrictRepository repository;
    private final JsonMapper json;
    private volatile Snapshot snapshot;

    /** {@code loader} is asked for only so that the districts are stored before they are first read. */
    Districts(DistrictRepository repository, ReferenceGeographyLoader loader, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** All districts, ordered by code. */
    public List<District> all() {
        return snapshot().all();
    }

    /** The districts by code, for pages that show many rows naming a district. */
    public java.util.Map<String, District> index() {
        return java.util.Collections.unmodifiableMap(snapshot().byCode());
    }

    public Optional<District> byCode(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().byCode().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The district a list means by {@code codeOrName}: a KATOTTH code, or a current or pre-2016 name in
     * Ukrainian, English or Russian, with or without the word "district"/"район", in any letter case.
     */
    public Optional<District> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return byCode(codeOrName).or(() -> Optional.ofNullable(snapshot().byName().get(nameKey(codeOrName))));
    }

    /** The district containing the point, or empty when it is outside the city. */
    public Optional<District> locate(double lat, double lon) {
        Snapshot s = snapshot();
        return s.index().locate(lat, lon).map(s.byCode()::get);
    }

    /** The boundary of a district in WGS84 lon/lat, for modules that compute with geometry. */
    public Optional<Geometry> boundary(String code) {
        return Optional.ofNullable(snapshot().boundaries().get(code));
    }

    /** RFC 7946 FeatureCollection of the districts, as UTF-8 bytes (built once). */
    byte[] featureCollection() {
        return snapshot().featureCollection();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        List<DistrictRepository.StoredDistrict> stored = repository.findAll();
        Map<String, District> byCode = new LinkedHashMap<>();
        Map<String, District> byName = new HashMap<>();
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        GeoJsonReader reader = new GeoJsonReader();
        ArrayNode features = json.createArrayNode();
        for (DistrictRepository.StoredDistrict row : stored) {
            District d = row.district();
            byCode.put(d.code(), d);
            Stream.concat(Stream.of(d.nameUk(), d.nameEn(), d.nameRu(), d.oldNameUk(), d.oldNameRu()),
                    row.aliases().stream()).filter(n -> n != null && !n.isBlank())
                    .forEach(name -> byName.put(nameKey(name), d));
            try {
                boundaries.put(d.code(), reader.read(row.boundaryGeoJson()));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored boundary of " + d.code() + " is not GeoJSON", e);
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", d.code());
            feature.set("geometry", json.readTree(row.boundaryGeoJson()));
            ObjectNode properties = feature.putObject("properties");
            properties.put("code", d.code());
            properties.put("nameUk", d.nameUk());
            properties.put("nameEn", d.nameEn());
            properties.put("nameRu", d.nameRu());
            if (d.population() != null) {
                properties.put("population", d.population());
            }
            properties.put("areaKm2", d.areaKm2());
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return new Snapshot(List.copyOf(byCode.values()), Map.copyOf(byCode), Map.copyOf(byName),
                Map.copyOf(boundaries), new DistrictIndex(boundaries), json.writeValueAsBytes(collection));
    }

    /**
     * Comparable form of a district name: lower case, without apostrophes, accents, punctuation or the word
     * for district, and with the Latin adjective endings (-skyi, -skiy, -sky, -skyy) made one.
     */
    static String nameKey(String name) {
        String words = name.toLowerCase(Locale.ROOT)
                .replaceAll("['’ʼ`´]", "")
                .replaceAll("(?U)\\b(район|р-н|raion|rayon|district)\\b", " ");
        String key = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}]+", "");
        return key.replaceAll("(sk)(yi|iy|yy|ij|y|i|oy|oi)$", "$1");
    }
}
