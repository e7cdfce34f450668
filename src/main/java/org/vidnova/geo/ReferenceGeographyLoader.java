package org.vidnova.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the 9 districts on the first start, in one transaction: boundaries from the OSM file shipped with the
 * application (ODbL), facts (population, old names, aliases) from {@code geo/kharkiv_district_facts.csv}.
 */
@Component
class ReferenceGeographyLoader {

    static final String BOUNDARIES = "geo/kharkiv_city_districts_osm.geojson";
    static final String FACTS = "geo/kharkiv_district_facts.csv";
    private static final String POPULATION_SOURCE =
            "kharkiv_raions_jeanromainroy_2022.geojson POPULATION (pre-2022, vintage not stated)";
    private static final Logger log = LoggerFactory.getLogger(ReferenceGeographyLoader.class);

    private final DistrictRepository repository;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ReferenceGeographyLoader(DistrictRepository repository, AuditTrail audit, TransactionTemplate transaction,
            JsonMapper json) {
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
    }

    @PostConstruct
    void loadDistrictsIfMissing() {
        transaction.executeWithoutResult(status -> {
            if (repository.count() > 0) {
                return;
            }
            List<DistrictRepository.StoredDistrict> districts = readDistricts();
            for (DistrictRepository.StoredDistrict stored : districts) {
                repository.insert(stored);
                audit.record("district", stored.district().code(), AuditAction.CREATE, stored.district());
            }
            log.info("Loaded {} Kharkiv districts (boundaries © OpenStreetMap contributors, ODbL)", districts.size());
        });
    }

    private List<DistrictRepository.StoredDistrict> readDistricts() {
        Map<String, CSVRecord> facts = readFacts();
        GeoJsonReader reader = new GeoJsonReader();
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        List<DistrictRepository.StoredDistrict> districts = new ArrayList<>();
        try (InputStream in = new ClassPathResource(BOUNDARIES).getInputStream()) {
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode p = feature.get("properties");
                String code = p.get("katotth").asString();
                CSVRecord fact = facts.get(code);
                if (fact == null) {
                    throw new IllegalStateException("No facts for district " + code + " in " + FACTS);
                }
                Geometry boundary = reader.read(feature.get("geometry").toString());
                District district = new District(code, stripRaion(p.get("name_uk").asString()),
                        p.get("district_en").asString(), stripRaion(p.get("name_ru").asString()),
                        stripRaion(blankToNull(fact.get("old_name_uk"))), stripRaion(blankToNull(fact.get("old_name_ru"))),
                        Integer.valueOf(fact.get("population")),
                        Math.round(Areas.squareKilometres(boundary) * 100.0) / 100.0);
                districts.add(new DistrictRepository.StoredDistrict(district, p.get("osm_id").asString(),
                        POPULATION_SOURCE, List.of(fact.get("aliases").split("\\|")), writer.write(boundary)));
            }
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read " + BOUNDARIES, e);
        }
        return districts;
    }

    private static Map<String, CSVRecord> readFacts() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').get();
        Map<String, CSVRecord> facts = new HashMap<>();
        try (Reader in = new InputStreamReader(new ClassPathResource(FACTS).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                facts.put(row.get("code"), row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FACTS, e);
        }
        return facts;
    }

    /** "Салтівський район" → "Салтівський": the names are shown next to the word "district" anyway. */
    private static String stripRaion(String name) {
        return name == null ? null : name.replaceFirst("\\s+район$", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
