package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Imports of buildings (CSV and GeoJSON) and assessments: the import conventions, bad rows, idempotence, atomicity,
 * the current-state rule, disagreement, listing and exports.
 */
class DamageImportTests extends DamageTestBase {

    Map<String, Object> stored(String source, String externalId) {
        return jdbc.sql("SELECT * FROM damage_building WHERE source = :s AND external_id = :e").param("s", source)
                .param("e", externalId).query().singleRow();
    }

    long count(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM damage_building WHERE source = :s").param("s", source)
                .query(Long.class).single();
    }

    @Test
    void buildingsCsvLandsWithTheirDistrictAndAReimportChangesNothing() throws Exception {
        String source = source();
        String csv = "\uFEFF" + BUILDINGS.toUpperCase().replace(',', ';') + ";heritage_ref\n"
                + "B1;вул. Сумська, 10;50.0050;36.2290;residential;;9;120;260;1965;none;\n"
                + "B2;;50,0060;36,2300;school;Школа № 1;3;0;;1936;zone;\n"
                + "B3;пл. Конституції, 1;50.0055;36.2295;;Будинок;4;;;1890;listed;UA-63-101-0042\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        upload("buildings", source, "b.csv", "text/csv", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3)).andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.created").value(3));
        Map<String, Object> b1 = stored(source, "B1");
        assertThat(b1.get("district_code")).isEqualTo(SHEVCHENKIVSKYI);
        assertThat(b1.get("housing_units")).isEqualTo(120);
        assertThat(b1.get("residents")).isEqualTo(260);
        assertThat(b1.get("current_grade")).isNull();
        assertThat(stored(source, "B2").get("lat")).isEqualTo(50.006);
        Map<String, Object> b3 = stored(source, "B3");
        assertThat(b3.get("use")).as("a blank use is other").isEqualTo("other");
        assertThat(b3.get("heritage")).isEqualTo("listed");
        assertThat(b3.get("heritage_ref")).isEqualTo("UA-63-101-0042");

        long audits = auditRows();
        upload("buildings", source, "b.csv", "text/csv", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(3)).andExpect(jsonPath("$.created").value(0));
        assertThat(auditRows()).as("a re-import writes nothing").isEqualTo(audits);

        buildings(source, BUILDINGS + "\nB1,\"вул. Сумська, 10\",50.0050,36.2290,residential,,9,118,260,1965,none")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(stored(source, "B1").get("housing_units")).isEqualTo(118);
        assertThat(auditRows()).isEqualTo(audits + 1);
        assertThat(count(source)).isEqualTo(3);
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndTheGoodOnesLand() throws Exception {
        String source = source();
        String csv = BUILDINGS + ",heritage_ref\n"
                + "G1,,50.0,36.25,residential,,5,40,,,,\n"          // 2: good
                + ",,50.0,36.25,,,,,,,,\n"                          // 3: no external_id
                + "B2,,95,x,castle,,-1,many,,1500000,old,\n"        // 4: lat, lon, use, floors, units, year, heritage
                + "B3,,50.0,36.25,,,,,,,none,UA-1\n"                // 5: a reference without heritage
                + "G1,,50.0,36.25,,,,,,,,\n"                        // 6: G1 again
                + "G2,,50.01,36.26,kindergarten,Садок,2,0,,1970,zone,\n";
        String body = mvc.perform(post("/api/v1/damage/buildings/imports").param("source", source)
                        .contentType("text/csv").content(csv).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.rejected").value(4))
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = json.readTree(body).get("errors");
        assertThat(errors.toString()).contains("\"line\":3", "\"field\":\"external_id\"");
        for (String field : new String[] {"lat", "lon", "use", "floors", "housing_units", "year_built", "heritage"}) {
            assertThat(errors.toString()).contains("{\"field\":\"" + field + "\",\"line\":4");
        }
        assertThat(errors.toString()).contains("{\"field\":\"heritage_ref\",\"line\":5",
                "{\"field\":\"external_id\",\"line\":6,\"message\":\"appears twice in this file (first on line 2)\"}");
        assertThat(count(source)).isEqualTo(2);
    }

    @Test
    void geoJsonPointsMultiPointsAndFootprintsGiveTheirPlace() throws Exception {
        String source = source();
        String geojson = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"external_id":"P1","use":"medical","name":"Лікарня","housing_units":0},
                 "geometry":{"type":"Point","coordinates":[36.229,50.005]}},
                {"type":"Feature","properties":{"external_id":"F1","use":"residential","housing_units":60},
                 "geometry":{"type":"Polygon","coordinates":[[[36.2290,50.0050],[36.2300,50.0050],[36.2300,50.0060],
                 [36.2290,50.0060],[36.2290,50.0050]]]}},
                {"type":"Feature","properties":{"ID":7,"NAME":"Campus"},
                 "geometry":{"type":"MultiPoint","coordinates":[[36.229,50.005],[36.231,50.007]]}},
                {"type":"Feature","properties":{"external_id":"L1"},
                 "geometry":{"type":"LineString","coordinates":[[36.229,50.005],[36.231,50.007]]}}
                ]}""";
        upload("buildings", source, "b.geojson", "application/geo+json", geojson.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"))
                .andExpect(jsonPath("$.errors[0].line").value(9));
        Map<String, Object> f1 = stored(source, "F1");
        assertThat((Double) f1.get("lat")).isCloseTo(50.0055, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) f1.get("lon")).isCloseTo(36.2295, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f1.get("district_code")).isEqualTo(SHEVCHENKIVSKYI);
        assertThat((String) f1.get("footprint")).contains("Polygon");
        Map<String, Object> campus = stored(source, "7");
        assertThat(campus.get("name")).isEqualTo("Campus");
        assertThat((Double) campus.get("lat")).isCloseTo(50.006, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(campus.get("footprint")).isNull();
    }

    @Test
    void anUnreadableFileIs400AndChangesNothing() throws Exception {
        String source = source();
        buildings(source, "external_id,address,lon\nX,,36.2\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"));
        buildings(source, BUILDINGS + "\nG1,,50.0,36.25,,,,,,,\nG2,\"broken,50.0,36.25,,,,,,,\n")
                .andExpect(status().isBadRequest());
        upload("buildings", source, "b.geojson", "application/geo+json",
                "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
        upload("buildings", source, "b.csv", "text/csv", new byte[] {'e', 'x', (byte) 0xC3, (byte) 0x28, '\n'})
                .andExpect(status().isBadRequest());
        assertThat(count(source)).isZero();
        assessments(source, "external_id,assessor\n1,citizen\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("native_class")));
    }

    @Test
    void assessmentsGradeThroughTheCrosswalkAndTheCurrentStateFollowsTheRule() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nH1,,50.005,36.229,residential,,9,100,,,\nH2,,50.005,36.229,school,,3,0,,,\n")
                .andExpect(jsonPath("$.accepted").value(2));
        String csv = ASSESSMENTS + ",evidence_file,evidence_sha256,evidence_captured_at,evidence_lat,evidence_lon\n"
                + "A1,," + "H1,2022-03-02,commission,commission:capital_repair,30,5,false,yes,17,Акт № 5,,,,,\n"
                + "A2,," + "H1,2022-03-10,satellite,UNOSAT:Destroyed,,,,,,,img.tif," + "a".repeat(64)
                + ",2022-03-09T10:00:00Z,50.005,36.229\n"
                + "A3,," + "H1,2022-04-01,citizen,ems98:1,,,,,,,,,,,\n"
                + "A4,," + "NOPE,2022-04-01,citizen,vidnova:2,,,,,,,,,,,\n"       // unknown building
                + "A5,," + "H2,2022-04-01,citizen,unosat:gone,,,,,,,,,,,\n"       // unknown class
                + "A6,," + "H2,2022-04-01,mayor,vidnova:2,,,,,,,,,,,\n"           // unknown assessor
                + "A7,," + "H1,2022-04-01,citizen,vidnova:2,90,20,,,,,,,,,\n"     // more units than the building has
                + "A8,," + "H2,2022-03-01,satellite,unosat:moderate,,,,,,,,,,,\n";
        String body = assessments(source, csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(4)).andExpect(jsonPath("$.rejected").value(4))
                .andReturn().getResponse().getContentAsString();
        String errors = json.readTree(body).get("errors").toString();
        assertThat(errors).contains("{\"field\":\"building_external_id\",\"line\":5",
                "{\"field\":\"native_class\",\"line\":6", "{\"field\":\"assessor\",\"line\":7",
                "{\"field\":\"units_damaged\",\"line\":8");
        assertThat(events.seen).hasSize(4);
        assertThat(events.seen).allMatch(e -> SHEVCHENKIVSKYI.equals(e.districtCode()));

        long h1 = buildingId(source, "H1");
        JsonNode view = getJson("/api/v1/damage/buildings/" + h1);
        assertThat(view.get("grade").asInt()).as("the commission's act wins over newer assessments").isEqualTo(3);
        assertThat(view.get("state").asString()).isEqualTo("severe");
        assertThat(view.get("assessments")).hasSize(3);
        assertThat(view.get("assessments").get(0).get("current").asBoolean()).isTrue();
        assertThat(view.get("assessments").get(0).get("incidentId").asLong()).isEqualTo(17);
        assertThat(view.get("assessments").get(1).get("nativeClass").asString()).isEqualTo("unosat:destroyed");
        assertThat(view.get("assessments").get(1).get("evidenceSha256").asString()).isEqualTo("a".repeat(64));
        assertThat(view.get("disagreement").get("disputed").asBoolean()).as("4 against 1 and 3").isTrue();
        assertThat(view.get("disagreement").get("spread").asInt()).isEqualTo(3);
        JsonNode h2 = getJson("/api/v1/damage/buildings/" + buildingId(source, "H2"));
        assertThat(h2.get("grade").asInt()).isEqualTo(2);
        assertThat(h2.get("disagreement").get("disputed").asBoolean()).isFalse();

        // A re-import changes nothing; a corrected class moves the current state.
        long audits = auditRows();
        events.seen.clear();
        assessments(source, csv).andExpect(jsonPath("$.unchanged").value(4));
        assertThat(auditRows()).isEqualTo(audits);
        assertThat(events.seen).isEmpty();
        assessments(source, ASSESSMENTS + "\nA1,," + "H1,2022-03-02,commission,commission:destroyed,0,100,false,no,17,\n")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(getJson("/api/v1/damage/buildings/" + h1).get("state").asString()).isEqualTo("destroyed");
        assertThat(events.seen).singleElement().satisfies(e -> assertThat(e.grade()).isEqualTo(4));
    }

    @Test
    void listingFiltersByDistrictUseAndStateAndExportsCarryTheState() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nS1,,50.005,36.229,school,Школа,3,0,,,\nS2,,50.005,36.229,school,,3,0,,,\n"
                + "R1,,50.005,36.229,residential,,9,10,,,\n").andExpect(jsonPath("$.accepted").value(3));
        assessments(source, ASSESSMENTS + "\nX1,,S1,2022-03-01,inspector,ems98:5,,,,no,,\n")
                .andExpect(jsonPath("$.accepted").value(1));
        mvc.perform(get("/api/v1/damage/buildings").param("source", source).param("use", "school"))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/damage/buildings").param("source", source).param("state", "destroyed")
                        .param("district", "Shevchenkivskyi"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].externalId").value("S1"));
        mvc.perform(get("/api/v1/damage/buildings").param("source", source).param("state", "not_assessed"))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/damage/buildings").param("state", "gone")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/api/v1/damage/buildings/999999999")).andExpect(status().isNotFound());

        String csv = mvc.perform(get("/api/v1/damage/buildings.csv").param("source", source).param("hxl", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith(BUILDINGS + ",heritage_ref,institution,id,source,district,grade,state");
        assertThat(lines[1]).startsWith("\"#meta+id\",");
        assertThat(lines[2]).startsWith("S1,,50.005,36.229,school,Школа,3,0,,,none,,").contains(",4,destroyed,");
        assertThat(lines[3]).contains(",not_assessed,");
        // The export re-imports unchanged.
        buildings(source, csv.replace(lines[1] + "\n", "")).andExpect(jsonPath("$.unchanged").value(3));

        JsonNode geo = json.readTree(mvc.perform(get("/api/v1/damage/buildings.geojson").param("source", source)
                .param("state", "destroyed")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(geo.get("features")).hasSize(1);
        assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(36.229);
        assertThat(geo.get("features").get(0).get("properties").get("state").asString()).isEqualTo("destroyed");
    }

    @Test
    void satellitePointsGoToTheBuildingContainingThemOrTheNearestWithin25Metres() throws Exception {
        String source = source();
        String buildingsGeoJson = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"external_id":"F1","use":"residential","housing_units":60},
                 "geometry":{"type":"Polygon","coordinates":[[[36.2290,50.0050],[36.2300,50.0050],[36.2300,50.0060],
                 [36.2290,50.0060],[36.2290,50.0050]]]}},
                {"type":"Feature","properties":{"external_id":"P1","use":"school"},
                 "geometry":{"type":"Point","coordinates":[36.2290,50.0070]}}]}""";
        upload("buildings", source, "b.geojson", "application/geo+json",
                buildingsGeoJson.getBytes(StandardCharsets.UTF_8)).andExpect(jsonPath("$.accepted").value(2));
        String points = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"id":"S1","class":"destroyed","date":"2022-03-21"},
                 "geometry":{"type":"Point","coordinates":[36.2299,50.0051]}},
                {"type":"Feature","properties":{"id":"S2","class":"unosat:moderate","date":"2022-03-21"},
                 "geometry":{"type":"Point","coordinates":[36.2290,50.00708983]}},
                {"type":"Feature","properties":{"id":"S3","class":"severe","date":"2022-03-21"},
                 "geometry":{"type":"Point","coordinates":[36.2290,50.00725]}},
                {"type":"Feature","properties":{"id":"S4","class":"severe","date":"2022-03-21"},
                 "geometry":{"type":"Point","coordinates":[36.2400,50.0100]}}]}""";
        mvc.perform(post("/api/v1/damage/satellite/imports").param("source", source + "-sat")
                        .param("buildings", source).contentType("application/geo+json").content(points)
                        .with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"))
                .andExpect(jsonPath("$.errors[0].line").value(6))
                .andExpect(jsonPath("$.errors[1].line").value(8));
        JsonNode f1 = getJson("/api/v1/damage/buildings/" + buildingId(source, "F1"));
        assertThat(f1.get("state").asString()).isEqualTo("destroyed");
        assertThat(f1.get("assessments").get(0).get("assessor").asString()).isEqualTo("satellite");
        assertThat(f1.get("assessments").get(0).get("evidenceLat").asDouble()).isEqualTo(50.0051);
        assertThat(getJson("/api/v1/damage/buildings/" + buildingId(source, "P1")).get("state").asString())
                .as("10 m away").isEqualTo("moderate");
    }

    @Test
    void aFacilityOfSeveralBuildingsIsOneInstitutionWithItsCapacity() throws Exception {
        String source = source();
        JsonNode before = getJson("/api/v1/damage/indicators?asOf=2018-12-31");
        mvc.perform(post("/api/v1/damage/institutions/imports").param("source", source).contentType("text/csv")
                        .content("external_id,name,use,capacity_pupils,capacity_children,capacity_beds\n"
                                + "SCH1,Ліцей № 1,school,900,,\nHOS,Лікарня,medical,,,-5\nFLAT,Будинок,residential,,,\n")
                        .with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("capacity_beds"))
                .andExpect(jsonPath("$.errors[1].field").value("use"));
        buildings(source, BUILDINGS + ",institution\nA,,50.005,36.229,school,Корпус А,3,0,,,,SCH1\n"
                + "B,,50.005,36.229,school,Корпус Б,3,0,,,,SCH1\nC,,50.005,36.229,school,,3,0,,,,NOPE\n")
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("institution"))
                .andExpect(jsonPath("$.errors[0].line").value(4));
        JsonNode a = getJson("/api/v1/damage/buildings/" + buildingId(source, "A"));
        assertThat(a.get("institution").get("name").asString()).isEqualTo("Ліцей № 1");
        assertThat(a.get("institution").get("capacityPupils").asInt()).isEqualTo(900);
        assertThat(a.get("institutionId").asLong()).isEqualTo(
                getJson("/api/v1/damage/buildings/" + buildingId(source, "B")).get("institutionId").asLong());
        buildings(source, BUILDINGS + ",institution\nA,,50.005,36.229,school,Корпус А,3,0,,,,SCH1\n")
                .andExpect(jsonPath("$.unchanged").value(1));

        // The export names the institution, so it re-imports unchanged.
        String csv = mvc.perform(get("/api/v1/damage/buildings.csv").param("source", source)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",SCH1,");
        buildings(source, csv).andExpect(jsonPath("$.unchanged").value(2));

        // The school of two blocks is one facility, graded by its worse block.
        JsonNode between = getJson("/api/v1/damage/indicators?asOf=2018-12-31");
        assertThat(DamageIndicatorsTests.delta(before, between, "city", "facilities", "school", "notAssessed"))
                .isEqualTo(1);
        assessments(source, ASSESSMENTS + "\nX1,,A,2018-05-01,inspector,vidnova:4,,,,no,,\n"
                + "X2,,B,2018-05-01,inspector,vidnova:1,,,,yes,,\n").andExpect(jsonPath("$.accepted").value(2));
        JsonNode after = getJson("/api/v1/damage/indicators?asOf=2018-12-31");
        assertThat(DamageIndicatorsTests.delta(between, after, "city", "facilities", "school", "destroyed"))
                .isEqualTo(1);
        assertThat(DamageIndicatorsTests.delta(between, after, "city", "facilities", "school", "rebuildable"))
                .isEqualTo(1);
        assertThat(DamageIndicatorsTests.delta(between, after, "city", "facilities", "school", "damaged")).isZero();
        assertThat(DamageIndicatorsTests.delta(between, after, "city", "buildingsAssessed")).isEqualTo(2);
    }
}
