package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidnova.SharedData;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;

import tools.jackson.databind.JsonNode;

/**
 * The real damaged landmarks of Kharkiv documented in 2022 by jeanromainroy/visual-storytelling-kharkiv-infrastructure
 * (../shared/data/damage, skipped when absent; see its PROVENANCE.md, no licence stated, so not copied here).
 * The 36 landmarks are imported as buildings straight from their GeoJSON (two are MultiPoints, placed at their
 * centroid); the 19 damaged sites, the same places by ID with the strike date and a reference for some, become
 * assessments {@code report:damaged} by a citizen (open-source documentation states damage but not its extent), dated
 * the strike day where the file gives one, else 2022-08-02, the day the file was last committed, by which the damage
 * was documented.
 */
class KharkivLandmarksTests extends DamageTestBase {

    static final String LANDMARKS = "damage/kharkiv_damaged_landmarks_2022_jeanromainroy.geojson";
    static final String SITES = "damage/kharkiv_damaged_sites_2022_incidents_jeanromainroy.geojson";
    static final String DOCUMENTED_BY = "2022-08-02";

    @Autowired
    Districts districts;

    @Test
    void landmarksAndTheirDamageLandInTheFourDistrictsTheProvenanceNames() throws Exception {
        Path landmarks = SharedData.file(LANDMARKS);
        Path sites = SharedData.file(SITES);
        String source = "jrr-landmarks-" + source().substring(5);
        JsonNode before = getJson("/api/v1/damage/indicators?asOf=2022-12-31");
        JsonNode beforeMarch = getJson("/api/v1/damage/indicators?asOf=2022-03-01");

        upload("buildings", source, "landmarks.geojson", "application/geo+json", Files.readAllBytes(landmarks))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(36))
                .andExpect(jsonPath("$.rejected").value(0));
        Map<String, Long> perDistrict = new TreeMap<>();
        jdbc.sql("SELECT district_code, COUNT(*) FROM damage_building WHERE source = :s GROUP BY district_code")
                .param("s", source).query(rs -> {
                    String name = rs.getString(1) == null ? "outside"
                            : districts.byCode(rs.getString(1)).map(District::nameEn).orElseThrow();
                    perDistrict.put(name, rs.getLong(2));
                });
        // PROVENANCE.md: "All points fall in Kyivskyi / Saltivskyi / Shevchenkivskyi / Osnovianskyi districts."
        assertThat(perDistrict.keySet()).isNotEmpty().allSatisfy(name -> assertThat(name)
                .containsAnyOf("Kyivskyi", "Saltivskyi", "Shevchenkivskyi", "Osnovianskyi"));
        assertThat(perDistrict.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(36);
        Map<String, Object> park = jdbc.sql("SELECT name, lat, lon FROM damage_building WHERE source = :s AND "
                + "external_id = '1'").param("s", source).query().singleRow();
        assertThat(park.get("name")).isEqualTo("Maxim Gorky Central Park for Culture and Recreation");
        assertThat((Double) park.get("lat")).as("the centroid of its six points").isBetween(50.016, 50.020);

        // The damaged sites: each is a landmark of the same ID and name.
        JsonNode features = json.readTree(Files.readAllBytes(sites)).get("features");
        assertThat(features).hasSize(19);
        StringBuilder csv = new StringBuilder();
        Map<String, String> dated = new HashMap<>();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            out.printRecord((Object[]) ASSESSMENTS.split(","));
            for (JsonNode f : features) {
                JsonNode p = f.get("properties");
                String id = p.get("ID").asString();
                String name = jdbc.sql("SELECT name FROM damage_building WHERE source = :s AND external_id = :e")
                        .param("s", source).param("e", id).query(String.class).single();
                assertThat(name).isEqualTo(p.get("NAME").asString());
                String day = p.has("DATE") ? p.get("DATE").asString() : DOCUMENTED_BY;
                if (p.has("DATE")) {
                    dated.put(id, day);
                }
                out.printRecord("site-" + id, source, id, day, "citizen", "report:damaged", null, null, null,
                        "unknown", null, p.has("REF") ? "Reference: " + p.get("REF").asString() : null);
            }
        }
        assertThat(dated).hasSize(8);
        assessments(source, csv.toString()).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(19))
                .andExpect(jsonPath("$.rejected").value(0));

        JsonNode palace = getJson("/api/v1/damage/buildings/" + buildingId(source, "2"));
        assertThat(palace.get("name").asString()).isEqualTo("Palace of Labor");
        assertThat(palace.get("state").asString()).isEqualTo("slight");
        assertThat(palace.get("assessments").get(0).get("assessedOn").asString()).isEqualTo("2022-03-02");
        assertThat(palace.get("assessments").get(0).get("notes").asString()).contains("twitter.com/kyivindependent");

        JsonNode after = getJson("/api/v1/damage/indicators?asOf=2022-12-31");
        assertThat(DamageIndicatorsTests.delta(before, after, "city", "buildingsAssessed")).isEqualTo(19);
        assertThat(DamageIndicatorsTests.delta(before, after, "city", "buildingsNotAssessed")).isEqualTo(17);
        assertThat(DamageIndicatorsTests.delta(before, after, "city", "facilities", "other", "damaged"))
                .isEqualTo(19);
        // By 1 March 2022 only the strikes of that day had hit: the Regional State Administration and the church.
        JsonNode march = getJson("/api/v1/damage/indicators?asOf=2022-03-01");
        assertThat(DamageIndicatorsTests.delta(beforeMarch, march, "city", "buildingsAssessed")).isEqualTo(
                dated.values().stream().filter(d -> d.compareTo("2022-03-01") <= 0).count()).isEqualTo(2);
    }
}
