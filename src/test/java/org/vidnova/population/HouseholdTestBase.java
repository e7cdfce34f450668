package org.vidnova.population;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the housing suites share: homes in the damage register (one destroyed, one habitable), sites and households
 * made through the API. Each test uses buildings and sites of its own; names are synthetic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class HouseholdTestBase {

    static final String ADMIN = "test-admin-password-1234";
    static final String SHEVCHENKIVSKYI = "UA63120270010948820";
    static final RequestPostProcessor REGISTRAR = user("reg").roles("REGISTRAR");
    static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    /** Ids of two buildings of a new source: {destroyed, habitable}. */
    long[] homes() throws Exception {
        String source = "pop-" + UUID.randomUUID().toString().substring(0, 8);
        importDamage("buildings", source, "external_id,address,lat,lon,use,housing_units\n"
                + "D1,,50.005,36.229,residential,40\nH1,,50.005,36.229,residential,40\n");
        importDamage("assessments", source, "external_id,building_external_id,assessed_on,assessor,native_class,habitable\n"
                + "A1,D1,2022-03-02,commission,commission:destroyed,false\n"
                + "A2,H1,2022-03-02,commission,commission:capital_repair,true\n");
        return new long[] {building(source, "D1"), building(source, "H1")};
    }

    void importDamage(String what, String source, String csv) throws Exception {
        mvc.perform(post("/api/v1/damage/" + what + "/imports").param("source", source).contentType("text/csv")
                .content(csv).with(httpBasic("admin", ADMIN))).andReturn();
    }

    long building(String source, String external) {
        return jdbc.sql("SELECT id FROM damage_building WHERE source = :s AND external_id = :e").param("s", source)
                .param("e", external).query(Long.class).single();
    }

    long site(String name, int places, boolean accessible) throws Exception {
        JsonNode created = body(send(post("/api/v1/population/sites"), REGISTRAR, """
                {"kind":"dormitory","name":"%s","district":"%s","places":%d,"accessible":%b}"""
                .formatted(name, SHEVCHENKIVSKYI, places, accessible)));
        return created.get("id").asLong();
    }

    ResultActions household(long home, int size, int children, int elderly, int disabled) throws Exception {
        return send(post("/api/v1/population/households"), REGISTRAR, """
                {"referencePerson":"Тестова Особа %s","size":%d,"children":%d,"elderly":%d,"disabled":%d,
                 "homeBuildingId":%d,"homeUnit":"17","stays":"relatives","contact":"+380000000000"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 4), size, children, elderly, disabled, home));
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(request.with(who).contentType("application/json").content(body));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long audits(String entity, String id, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = :t AND entity_id = :i AND action = :a")
                .param("t", entity).param("i", id).param("a", action).query(Long.class).single();
    }
}
