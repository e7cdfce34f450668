package org.vidnova.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidnova.identity.PublicPaths;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof that no public endpoint returns what the disclosure policy forbids. A strict policy is decided (strike
 * records after 48 hours, by district only; parking shelters hidden; counts under 5 suppressed); then a recent
 * strike, an older one at a telltale point with a telltale description, a hidden and a visible shelter, a victim
 * with a telltale name and a building beside the older strike are recorded; then EVERY path a module opens to
 * the public is called anonymously and searched for any of them. A module that opens a new public path must add
 * a sample call of it to {@link #samples()}, or this test fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DisclosureProofTests {

    static final String ADMIN = "test-admin-password-1234";
    static final double OLD_LAT = 50.01234567;
    static final double OLD_LON = 36.34567891;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    List<PublicPaths> publicPaths;

    String tag;
    long recentId;
    long oldId;
    long hiddenId;
    long buildingId;

    @BeforeEach
    void strictPolicyAndTelltaleRecords() throws Exception {
        tag = "p" + UUID.randomUUID().toString().substring(0, 8);
        decide("""
                {"strikeDelayHours":48,"strikeLocation":"district","hiddenShelterKinds":["parking"],
                 "smallestCount":5,"reason":"proof test: strict wartime policy"}""");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String incidents = "external_id,occurred_at,type,lat,lon,killed,injured,source,description\n"
                + tag + "-recent,"
                + now.minus(1, ChronoUnit.HOURS) + ",missile,50.0051,36.3411,1,2," + tag + "," + tag + "RECENTDESC\n"
                + tag + "-old," + now.minus(10, ChronoUnit.DAYS) + ",shelling," + OLD_LAT + "," + OLD_LON
                + ",0,1," + tag + "," + tag + "OLDDESC\n";
        assertThat(body(asAdmin(post("/api/v1/incidents/imports?source=" + tag).contentType("text/csv")
                .content(incidents))).path("accepted").asInt()).as(incidents).isEqualTo(2);
        JsonNode listed = body(asAdmin(get("/api/v1/incidents?source=" + tag)));
        for (JsonNode i : listed.path("items")) {
            if (i.path("externalId").asString().endsWith("-recent")) {
                recentId = i.path("id").asLong();
            } else {
                oldId = i.path("id").asLong();
            }
        }
        String shelters = "external_id,name,kind,address,lat,lon,capacity,accessible,status,district,hours,notes\n"
                + tag + "-hidden," + tag + "HIDDENNAME,parking,Secret 1,50.0101,36.3001,100,true,open,,,\n"
                + tag + "-shown," + tag + "SHOWNNAME,shelter,Open 1,50.0102,36.3002,100,true,open,,,\n";
        asAdmin(post("/api/v1/shelters/imports?source=" + tag).contentType("text/csv").content(shelters));
        for (JsonNode s : body(asAdmin(get("/api/v1/shelters?source=" + tag))).path("items")) {
            if (s.path("kind").asString().equals("parking")) {
                hiddenId = s.path("id").asLong();
            }
        }
        String buildings = "external_id,address,lat,lon,use,name,floors,housing_units,residents,year_built,heritage\n"
                + tag + "-b,Next to the strike," + (OLD_LAT + 0.0002) + "," + (OLD_LON + 0.0002) + ",school,School,3,0,,1960,none\n";
        asAdmin(post("/api/v1/damage/buildings/imports?source=" + tag).contentType("text/csv").content(buildings));
        buildingId = body(asAdmin(get("/api/v1/damage/buildings?source=" + tag))).path("items").path(0).path("id")
                .asLong();
        asAdmin(post("/api/v1/casualties/sources").contentType("application/json")
                .content("{\"code\":\"" + tag + "\",\"name\":\"Proof list\",\"kind\":\"hospital\"}"));
        asAdmin(post("/api/v1/casualties/sources/" + tag + "/imports").contentType("text/csv").content(
                "source_record_id,family_name,given_name,patronymic,sex,birth_date,age,status,event_date,district,"
                        + "lat,lon,notes\nr1," + tag + "Zzyzx,Proofname,,M,1970-01-01,,killed,2022-03-01,"
                        + "Saltivskyi,,,\n"));
        String assessments = "external_id,building_source,building_external_id,assessed_on,assessor,native_class,"
                + "units_damaged,units_destroyed,habitable,rebuildable,incident_id,notes\n" + tag + "-a," + tag + ","
                + tag + "-b," + java.time.LocalDate.now() + ",inspector,ems98:3,0,0,false,yes," + recentId + ";" + oldId
                + ",\n";
        assertThat(body(asAdmin(post("/api/v1/damage/assessments/imports?source=" + tag).contentType("text/csv")
                .content(assessments))).path("accepted").asInt()).as(assessments).isEqualTo(1);
        assertThat(asAdmin(post("/api/v1/population/households").contentType("application/json").content("""
                {"referencePerson":"%sHomeless Proofname","size":1,"children":0,"elderly":0,"disabled":0,
                 "homeBuildingId":%d,"stays":"relatives","contact":"+380 00 %s","override":true,
                 "overrideReason":"proof test: the school flat is gone"}""".formatted(tag, buildingId, tag))).andReturn().getResponse().getStatus())
                .as("household registered").isEqualTo(201);
        assertThat(recentId).as(listed.toString()).isPositive();
        assertThat(oldId).isPositive();
        assertThat(hiddenId).isPositive();
        assertThat(buildingId).isPositive();
    }

    @AfterEach
    void defaultPolicyAgain() throws Exception {
        decide("""
                {"strikeDelayHours":0,"strikeLocation":"exact","hiddenShelterKinds":[],"smallestCount":3,
                 "reason":"proof test done: back to the default"}""");
    }

    /** Sample calls for every public path pattern; {recent}, {old}, {hidden}, {building}, {tag} are filled in. */
    static Map<String, List<String>> samples() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("/api/v1/districts", List.of("/api/v1/districts"));
        s.put("/api/v1/districts.geojson", List.of("/api/v1/districts.geojson"));
        s.put("/api/v1/districts/**", List.of("/api/v1/districts/UA63120270010315719",
                "/api/v1/districts/locate?lat=50.0&lon=36.3"));
        s.put("/api/v1/metro-stations", List.of("/api/v1/metro-stations"));
        s.put("/api/v1/metro-stations.geojson", List.of("/api/v1/metro-stations.geojson"));
        s.put("/api/v1/shelters", List.of("/api/v1/shelters?source={tag}", "/api/v1/shelters?kind=parking&size=1000"));
        s.put("/api/v1/shelters/**", List.of("/api/v1/shelters/{hidden}",
                "/api/v1/shelters/nearest?lat=50.0101&lon=36.3001&limit=50&includeClosed=true",
                "/api/v1/shelters/coverage"));
        s.put("/api/v1/shelters.csv", List.of("/api/v1/shelters.csv", "/api/v1/shelters.csv?hxl=true"));
        s.put("/api/v1/shelters.geojson", List.of("/api/v1/shelters.geojson"));
        s.put("/api/v1/alerts/active", List.of("/api/v1/alerts/active"));
        s.put("/api/v1/alerts/active.cap", List.of("/api/v1/alerts/active.cap"));
        s.put("/api/v1/alerts/stream", List.of());
        s.put("/api/v1/alerts/history", List.of("/api/v1/alerts/history?from=2022-02-24&to=2022-03-31"));
        s.put("/api/v1/alerts/*", List.of("/api/v1/alerts/history?from=2022-02-24&to=2022-03-31"));
        s.put("/api/v1/alerts/*.cap", List.of("/api/v1/alerts/active.cap"));
        s.put("/shelters", List.of("/shelters"));
        s.put("/shelters/coverage", List.of("/shelters/coverage"));
        s.put("/shelters/offline.js", List.of("/shelters/offline.js"));
        s.put("/sw.js", List.of("/sw.js"));
        s.put("/api/v1/incidents", List.of("/api/v1/incidents?source={tag}", "/api/v1/incidents?size=1000"));
        s.put("/api/v1/incidents/**", List.of("/api/v1/incidents/{recent}", "/api/v1/incidents/{old}",
                "/api/v1/incidents/stats?by=district,day", "/api/v1/incidents/districts/summary"));
        s.put("/api/v1/incidents.csv", List.of("/api/v1/incidents.csv?source={tag}&hxl=true"));
        s.put("/api/v1/incidents.geojson", List.of("/api/v1/incidents.geojson?source={tag}"));
        s.put("/incidents", List.of("/incidents"));
        s.put("/api/v1/damage/buildings", List.of("/api/v1/damage/buildings?source={tag}"));
        s.put("/api/v1/damage/buildings/*", List.of("/api/v1/damage/buildings/{building}"));
        s.put("/api/v1/damage/buildings.csv", List.of("/api/v1/damage/buildings.csv?source={tag}"));
        s.put("/api/v1/damage/buildings.geojson", List.of("/api/v1/damage/buildings.geojson?source={tag}"));
        s.put("/api/v1/damage/indicators", List.of("/api/v1/damage/indicators"));
        s.put("/api/v1/damage/crosswalk", List.of("/api/v1/damage/crosswalk"));
        s.put("/damage", List.of("/damage"));
        s.put("/api/v1/damage/assessments/*/evidence", List.of("/api/v1/damage/assessments/999999999/evidence"));
        s.put("/api/v1/damage/exports/coe-b15.csv", List.of("/api/v1/damage/exports/coe-b15.csv"));
        s.put("/damage/buildings/*", List.of("/damage/buildings/{building}"));
        s.put("/api/v1/casualties/counts", List.of("/api/v1/casualties/counts?by=district",
                "/api/v1/casualties/counts?by=status", "/api/v1/casualties/counts?by=day"));
        s.put("/api/v1/casualties/estimate", List.of("/api/v1/casualties/estimate?stratify=district"));
        s.put("/casualties", List.of("/casualties"));
        s.put("/casualties/method", List.of("/casualties/method"));
        s.put("/api/v1/disclosure/policy", List.of("/api/v1/disclosure/policy"));
        s.put("/api/v1/open/datasets", List.of("/api/v1/open/datasets"));
        s.put("/open-data", List.of("/open-data"));
        s.put("/api/v1/population/estimate", List.of("/api/v1/population/estimate?from=2022-03-01&to=2022-03-03"));
        s.put("/api/v1/population/estimate.csv", List.of(
                "/api/v1/population/estimate.csv?from=2022-03-01&to=2022-03-03&hxl=true"));
        s.put("/api/v1/casualties/counts.csv", List.of("/api/v1/casualties/counts.csv?by=district&hxl=true",
                "/api/v1/casualties/counts.csv?by=day"));
        s.put("/api/v1/population/returns", List.of("/api/v1/population/returns?from=2022-03-01&to=2022-03-03"));
        s.put("/api/v1/population/capacity", List.of("/api/v1/population/capacity"));
        s.put("/population", List.of("/population"));
        s.put("/api/v1/population/households/counts", List.of("/api/v1/population/households/counts"));
        s.put("/api/v1/population/sites", List.of("/api/v1/population/sites"));
        s.put("/api/v1/population/sites/*", List.of("/api/v1/population/sites/999999999"));
        s.put("/population/sites", List.of("/population/sites"));
        s.put("/api/v1/recovery/projects", List.of("/api/v1/recovery/projects"));
        s.put("/api/v1/recovery/projects.csv", List.of("/api/v1/recovery/projects.csv"));
        s.put("/api/v1/recovery/projects/*", List.of("/api/v1/recovery/projects/999999999"));
        s.put("/api/v1/recovery/heritage-zone.geojson", List.of("/api/v1/recovery/heritage-zone.geojson"));
        s.put("/recovery", List.of("/recovery"));
        s.put("/recovery/projects/*", List.of("/recovery/projects/999999999"));
        s.put("/api/v1/recovery/projects.oc4ids.json", List.of("/api/v1/recovery/projects.oc4ids.json"));
        s.put("/api/v1/recovery/projects/*/feedback", List.of("/api/v1/recovery/projects/999999999/feedback"));
        s.put("/recovery/transparency", List.of("/recovery/transparency"));
        s.put("/api/v1/recovery/facilities", List.of("/api/v1/recovery/facilities?size=1000"));
        s.put("/api/v1/recovery/facilities/*", List.of("/api/v1/recovery/facilities/{building}"));
        s.put("/recovery/facilities", List.of("/recovery/facilities"));
        s.put("/recovery/facilities/*", List.of("/recovery/facilities/{building}"));
        s.put("/api/v1/reports", List.of("/api/v1/reports"));
        s.put("/api/v1/reports/*", List.of("/api/v1/reports/{today}.html?lang=en",
                "/api/v1/reports/{today}.html?lang=uk"));
        s.put("/reports", List.of("/reports"));
        s.put("/reports/*", List.of("/reports/{today}"));
        return s;
    }

    @Test
    void noPublicEndpointReturnsWhatThePolicyForbids() throws Exception {
        Map<String, List<String>> samples = samples();
        List<String> uncovered = new ArrayList<>();
        List<String> calls = new ArrayList<>(List.of("/"));
        for (PublicPaths paths : publicPaths) {
            for (String pattern : paths.reads()) {
                if (!samples.containsKey(pattern)) {
                    uncovered.add(pattern);
                } else {
                    calls.addAll(samples.get(pattern));
                }
            }
        }
        assertThat(uncovered).as("public paths without a sample call in DisclosureProofTests.samples()").isEmpty();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv")).toString();
        asAdmin(post("/api/v1/reports?day=" + today));
        List<String> forbidden = List.of(tag + "-recent", tag + "RECENTDESC", tag + "OLDDESC", "50.01234",
                "36.34567", tag + "HIDDENNAME", tag + "-hidden", tag + "Zzyzx", tag + "Homeless", "+380 00 " + tag,
                "id=\"strikes-near\"");
        for (String template : calls) {
            String path = template.replace("{tag}", tag).replace("{recent}", String.valueOf(recentId))
                    .replace("{old}", String.valueOf(oldId)).replace("{hidden}", String.valueOf(hiddenId))
                    .replace("{building}", String.valueOf(buildingId)).replace("{today}", today);
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(200, 404);
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            for (String f : forbidden) {
                assertThat(text).as("public %s must not show %s", path, f).doesNotContain(f);
            }
        }
        // The strike not yet public, and the hidden shelter, read as not found.
        assertThat(mvc.perform(get("/api/v1/incidents/" + recentId)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/shelters/" + hiddenId)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void thePublicStillSeesWhatThePolicyAllowsAndStaffSeeTheRegister() throws Exception {
        JsonNode old = body(mvc.perform(get("/api/v1/incidents?source=" + tag))).path("items");
        assertThat(old).hasSize(1);
        assertThat(old.path(0).path("id").asLong()).isEqualTo(oldId);
        assertThat(old.path(0).path("geoPrecision").asString()).isEqualTo("district");
        assertThat(old.path(0).path("description").isNull()).isTrue();
        assertThat(old.path(0).path("district").asString()).isNotBlank();
        // Its point is inside its district, not where it was recorded.
        double lat = old.path(0).path("lat").asDouble();
        assertThat(body(mvc.perform(get("/api/v1/districts/locate?lat=" + lat + "&lon="
                + old.path(0).path("lon").asDouble()))).toString()).contains(old.path(0).path("district").asString());
        assertThat(mvc.perform(get("/api/v1/incidents?bbox=36.3,50.0,36.4,50.1")).andReturn().getResponse()
                .getContentAsString()).contains("bbox");
        JsonNode shelters = body(mvc.perform(get("/api/v1/shelters?source=" + tag))).path("items");
        assertThat(shelters).hasSize(1);
        assertThat(shelters.path(0).path("name").asString()).isEqualTo(tag + "SHOWNNAME");
        // The hidden one is nearer, and the index is asked past it.
        assertThat(body(mvc.perform(get("/api/v1/shelters/nearest?lat=50.0101&lon=36.3001&limit=5")))
                .path("items").toString()).contains(tag + "SHOWNNAME").doesNotContain(tag + "HIDDENNAME");

        // Coverage leaves the hidden kinds out for the public, and says so; staff see the city's whole coverage.
        JsonNode publicCoverage = body(mvc.perform(get("/api/v1/shelters/coverage")));
        JsonNode staffCoverage = body(asAdmin(get("/api/v1/shelters/coverage")));
        assertThat(publicCoverage.path("hiddenKinds").toString()).contains("parking");
        assertThat(staffCoverage.path("hiddenKinds").size()).isZero();
        assertThat(mvc.perform(get("/shelters/coverage?lang=en")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("left out under the disclosure policy: parking");
        assertThat(staffCoverage.path("city").path("openShelters").asInt()
                - publicCoverage.path("city").path("openShelters").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode staff = body(asAdmin(get("/api/v1/incidents?source=" + tag))).path("items");
        assertThat(staff).hasSize(2);
        assertThat(staff.toString()).contains(tag + "RECENTDESC", tag + "OLDDESC", "50.01234567");
        assertThat(body(asAdmin(get("/api/v1/shelters?source=" + tag))).path("items")).hasSize(2);
    }

    @Test
    void onlyAnAdministratorDecidesAndEveryDecisionIsKeptAndAudited() throws Exception {
        JsonNode policy = body(mvc.perform(get("/api/v1/disclosure/policy")));
        assertThat(policy.path("strikeDelayHours").asInt()).isEqualTo(48);
        assertThat(policy.path("hiddenShelterKinds").toString()).contains("parking");
        mvc.perform(put("/api/v1/disclosure/policy").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
        MockHttpServletResponse bad = mvc.perform(put("/api/v1/disclosure/policy").with(httpBasic("admin", ADMIN))
                .contentType("application/json").content("""
                        {"strikeDelayHours":-1,"strikeLocation":"street","hiddenShelterKinds":["bunker"],
                         "smallestCount":3,"reason":"x"}""")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("strikeDelayHours", "strikeLocation", "hiddenShelterKinds",
                "reason");
        assertThat(body(mvc.perform(get("/api/v1/disclosure/policy"))).path("version").asLong())
                .isEqualTo(policy.path("version").asLong());
        JsonNode history = body(asAdmin(get("/api/v1/disclosure/policy/history?limit=2")));
        assertThat(history.path("items").path(0).path("reason").asString()).contains("strict wartime policy");
        JsonNode audit = body(asAdmin(get("/api/v1/audit?entity=disclosure_policy")));
        assertThat(audit.toString()).contains(String.valueOf(policy.path("version").asLong()), "smallestCount");
    }

    private void decide(String policy) throws Exception {
        mvc.perform(put("/api/v1/disclosure/policy").with(httpBasic("admin", ADMIN))
                .contentType("application/json").content(policy)).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions asAdmin(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", ADMIN)));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
