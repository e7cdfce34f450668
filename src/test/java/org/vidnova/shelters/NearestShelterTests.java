package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidnova.geo.GreatCircle;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The nearest-shelter API against a brute-force oracle over the whole register, before and after changes. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NearestShelterTests {

    static final String ADMIN = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    record Row(long id, double lat, double lon, boolean accessible, String status) {
    }

    private List<Row> register() throws Exception {
        List<Row> rows = new ArrayList<>();
        String body = mvc.perform(get("/api/v1/shelters.geojson")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode f : json.readTree(body).get("features")) {
            JsonNode p = f.get("properties");
            rows.add(new Row(p.get("id").asLong(), f.get("geometry").get("coordinates").get(1).asDouble(),
                    f.get("geometry").get("coordinates").get(0).asDouble(), p.get("accessible").asBoolean(),
                    p.get("status").asString()));
        }
        return rows;
    }

    private static List<Long> oracle(List<Row> rows, double lat, double lon, int limit, boolean accessible,
            boolean includeClosed) {
        return rows.stream()
                .filter(r -> includeClosed || r.status().equals("open"))
                .filter(r -> !accessible || r.accessible())
                .sorted(Comparator.comparingDouble((Row r) -> GreatCircle.distanceMeters(lat, lon, r.lat(), r.lon()))
                        .thenComparingLong(Row::id))
                .limit(limit).map(Row::id).toList();
    }

    private List<Long> api(double lat, double lon, int limit, boolean accessible, boolean includeClosed)
            throws Exception {
        String body = mvc.perform(get("/api/v1/shelters/nearest").param("lat", String.valueOf(lat))
                        .param("lon", String.valueOf(lon)).param("limit", String.valueOf(limit))
                        .param("accessible", String.valueOf(accessible))
                        .param("includeClosed", String.valueOf(includeClosed)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        json.readTree(body).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private void importRandom(Random random, int n) throws Exception {
        StringBuilder csv = new StringBuilder(ShelterImportTests.HEADER + "\n");
        String[] statuses = {"open", "open", "open", "closed", "unknown"};
        for (int i = 0; i < n; i++) {
            csv.append("R").append(i).append(",Random ").append(i).append(",shelter,,")
                    .append(49.90 + random.nextDouble() * 0.18).append(',').append(36.12 + random.nextDouble() * 0.30)
                    .append(",,").append(random.nextInt(3) == 0).append(',').append(statuses[random.nextInt(5)])
                    .append(",,,\n");
        }
        mvc.perform(multipart("/api/v1/shelters/imports").file(new MockMultipartFile("file", "r.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("source", "random-" + UUID.randomUUID()).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rejected").value(0));
    }

    @Test
    void matchesBruteForceWithFiltersAndAfterChanges() throws Exception {
        Random random = new Random(20220224);
        importRandom(random, 400);
        List<Row> rows = register();
        check(random, rows, 150);

        // Change a third of them: close, open, make accessible — every change must show at once.
        for (int i = 0; i < rows.size() / 3; i++) {
            Row r = rows.get(random.nextInt(rows.size()));
            String status = random.nextBoolean() ? "closed" : "open";
            mvc.perform(patch("/api/v1/shelters/" + r.id()).with(httpBasic("admin", ADMIN))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + status + "\"}"))
                    .andExpect(status().isOk());
        }
        check(random, register(), 150);
    }

    private void check(Random random, List<Row> rows, int queries) throws Exception {
        for (int q = 0; q < queries; q++) {
            double lat = 49.85 + random.nextDouble() * 0.3;
            double lon = 36.05 + random.nextDouble() * 0.45;
            int limit = 1 + random.nextInt(50);
            boolean accessible = random.nextBoolean();
            boolean includeClosed = random.nextInt(4) == 0;
            assertThat(api(lat, lon, limit, accessible, includeClosed))
                    .as("lat=%s lon=%s limit=%s accessible=%s includeClosed=%s", lat, lon, limit, accessible, includeClosed)
                    .isEqualTo(oracle(rows, lat, lon, limit, accessible, includeClosed));
        }
    }

    @Test
    void aShelterClosedByPatchIsNeverReturnedAfterwards() throws Exception {
        List<Long> nearest = api(50.0, 36.25, 1, false, false);
        assertThat(nearest).hasSize(1);
        long id = nearest.get(0);
        mvc.perform(patch("/api/v1/shelters/" + id).with(httpBasic("admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"closed\"}")).andExpect(status().isOk());
        assertThat(api(50.0, 36.25, 50, false, false)).doesNotContain(id);
        assertThat(api(50.0, 36.25, 50, false, true)).contains(id);
        mvc.perform(patch("/api/v1/shelters/" + id).with(httpBasic("admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"open\"}")).andExpect(status().isOk());
        assertThat(api(50.0, 36.25, 1, false, false)).containsExactly(id);
    }

    @Test
    void answersWithTheContractFieldsAndFlagsFullShelters() throws Exception {
        long id = api(50.0, 36.25, 1, false, false).get(0);
        mvc.perform(patch("/api/v1/shelters/" + id).with(httpBasic("admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\": 10, \"occupancy\": 12}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.full").value(true));
        mvc.perform(get("/api/v1/shelters/nearest").param("lat", "50.0").param("lon", "36.25").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].externalId").exists())
                .andExpect(jsonPath("$.items[0].name").exists())
                .andExpect(jsonPath("$.items[0].kind").exists())
                .andExpect(jsonPath("$.items[0].lat").isNumber())
                .andExpect(jsonPath("$.items[0].lon").isNumber())
                .andExpect(jsonPath("$.items[0].distanceMeters").isNumber())
                .andExpect(jsonPath("$.items[0].capacity").value(10))
                .andExpect(jsonPath("$.items[0].occupancy").value(12))
                .andExpect(jsonPath("$.items[0].status").value("open"))
                .andExpect(jsonPath("$.items[0].accessible").isBoolean())
                .andExpect(jsonPath("$.items[0].full").value(true));
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        String[][] cases = {{"lat", "", "lon", "36.2"}, {"lat", "north", "lon", "36.2"}, {"lat", "91", "lon", "36.2"},
            {"lat", "50", "lon", "-181"}, {"lat", "50", "lon", "x"}};
        for (String[] c : cases) {
            var call = get("/api/v1/shelters/nearest").param(c[2], c[3]);
            if (!c[1].isEmpty()) {
                call.param(c[0], c[1]);
            }
            String expected = c[1].isEmpty() || !c[3].matches("[-0-9.]+") && !c[1].isEmpty() && c[1].matches("[-0-9.]+")
                    ? (c[1].isEmpty() ? "lat" : "lon") : (c[1].matches("[-0-9.]+") && Double.parseDouble(c[1]) <= 90 ? "lon" : "lat");
            mvc.perform(call).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(expected));
        }
        mvc.perform(get("/api/v1/shelters/nearest").param("lat", "50").param("lon", "36.2").param("limit", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/shelters/nearest").param("lat", "50").param("lon", "36.2").param("limit", "51"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/shelters/nearest").param("lat", "50").param("lon", "36.2").param("limit", "many"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
