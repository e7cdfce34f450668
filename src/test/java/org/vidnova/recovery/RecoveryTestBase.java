package org.vidnova.recovery;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vidnova.identity.Role;
import org.vidnova.identity.UserAccounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the recovery suites share: MockMvc, a planner, damage buildings of a source of their own (one listed, one
 * inside the old town's zone, one plain) and projects imported into sources of their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class RecoveryTestBase {

    static final String PLANNER = "recovery-planner";
    static final String PASSWORD = "recovery-planner-password-1";
    static final String HEADER = "external_id,title,type,status,district,cost,beneficiaries,building_external_ids\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserAccounts accounts;

    String buildings;

    @BeforeEach
    void plannerAndBuildings() throws Exception {
        if (!accounts.exists(PLANNER)) {
            accounts.create(PLANNER, PASSWORD, Set.of(Role.PLANNER));
        }
        buildings = source();
        String csv = "external_id,address,lat,lon,use,name,heritage\n"
                + "S1,\"вул. Шкільна, 1\",50.0300,36.3100,school,Школа №1,none\n"
                + "M1,\"пл. Конституції, 1\",49.9905,36.2305,culture,Будинок,listed\n"
                + "Z1,\"вул. Сумська, 10\",49.9960,36.2330,residential,,none\n";
        mvc.perform(multipart("/api/v1/damage/buildings/imports")
                .file(new MockMultipartFile("file", "b.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("source", buildings).with(httpBasic("admin", "test-admin-password-1234")))
                .andExpect(status().isOk()).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.created").value(3));
    }

    static String source() {
        return "rec-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestPostProcessor planner() {
        return httpBasic(PLANNER, PASSWORD);
    }

    ResultActions importCsv(String source, String csv) throws Exception {
        return mvc.perform(post("/api/v1/recovery/projects/imports").param("source", source)
                .param("buildingSource", buildings).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(planner()));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path) throws Exception {
        return read(mvc.perform(get(path)));
    }

    long projectId(String source, String externalId) {
        return jdbc.sql("SELECT id FROM recovery_project WHERE source = :s AND external_id = :e").param("s", source)
                .param("e", externalId).query(Long.class).single();
    }

    ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(planner()));
    }
}
