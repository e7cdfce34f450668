package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Households and sites through the API: the habitable-home rule and its override, personal data for analysts only
 * with audited reads and no names in the audit trail or errors, public counts with small cells hidden, sites with
 * their occupancy, moves out.
 */
class HouseholdApiTests extends HouseholdTestBase {

    @Test
    void aHomeTheRegisterHoldsHabitableNeedsAnOverrideAndAReason() throws Exception {
        long[] homes = homes();
        JsonNode refused = body(household(homes[1], 3, 1, 0, 0).andExpect(status().is(422)));
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("override");
        assertThat(refused.toString()).doesNotContain("Тестова");

        String overridden = """
                {"referencePerson":"Тестова Особа","size":2,"homeBuildingId":%d,"override":true}""".formatted(homes[1]);
        JsonNode noReason = body(send(post("/api/v1/population/households"), REGISTRAR, overridden)
                .andExpect(status().is(422)));
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("overrideReason");

        send(post("/api/v1/population/households"), REGISTRAR, overridden.replace("true}",
                "true,\"overrideReason\":\"the commission missed the burnt flat\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("waiting"));

        JsonNode created = body(household(homes[0], 3, 1, 0, 0).andExpect(status().isCreated()));
        assertThat(created.get("homeDistrict").asString()).isEqualTo(SHEVCHENKIVSKYI);
        assertThat(created.get("stays").asString()).isEqualTo("relatives");

        JsonNode unknown = body(household(Long.MAX_VALUE, 1, 0, 0, 0).andExpect(status().is(422)));
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("homeBuildingId");
        household(homes[0], 2, 2, 1, 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("children"));
    }

    @Test
    void whenTheAssessmentDoesNotSayTheRegisterJudgesByDestroyedHomesAndANeverAssessedHomeIsHabitable()
            throws Exception {
        String source = "pop-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        importDamage("buildings", source, "external_id,address,lat,lon,use,housing_units\n"
                + "G4,,50.005,36.229,residential,40\nU1,,50.005,36.229,residential,40\n"
                + "G2,,50.005,36.229,residential,40\nN1,,50.005,36.229,residential,40\n");
        importDamage("assessments", source, "external_id,building_external_id,assessed_on,assessor,native_class,"
                + "units_destroyed\nA1,G4,2022-03-02,inspector,ems98:5,\nA2,U1,2022-03-02,inspector,ems98:2,3\n"
                + "A3,G2,2022-03-02,inspector,ems98:2,0\n");
        household(building(source, "G4"), 1, 0, 0, 0).andExpect(status().isCreated());
        household(building(source, "U1"), 1, 0, 0, 0).andExpect(status().isCreated());
        household(building(source, "G2"), 1, 0, 0, 0).andExpect(status().is(422));
        household(building(source, "N1"), 1, 0, 0, 0).andExpect(status().is(422));
    }

    @Test
    void personalDataIsForAnalystsAndEveryReadIsAuditedWithoutNames() throws Exception {
        long home = homes()[0];
        long id = body(household(home, 4, 2, 0, 1).andExpect(status().isCreated())).get("id").asLong();
        String created = jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'population.household'"
                + " AND entity_id = :i AND action = 'CREATE'").param("i", String.valueOf(id)).query(String.class)
                .single();
        assertThat(created).contains("(changed)").doesNotContain("Тестова").doesNotContain("+380");

        mvc.perform(get("/api/v1/population/households/" + id).with(REGISTRAR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/population/households/" + id).with(anonymous()))
                .andExpect(status().isUnauthorized());
        long before = audits(Households.ENTITY, String.valueOf(id), "READ");
        mvc.perform(get("/api/v1/population/households/" + id).with(ANALYST)).andExpect(status().isOk())
                .andExpect(jsonPath("$.household.referencePerson").exists())
                .andExpect(jsonPath("$.household.contact").value("+380000000000"));
        assertThat(audits(Households.ENTITY, String.valueOf(id), "READ")).isEqualTo(before + 1);

        long lists = audits(Households.ENTITY, "list", "READ");
        JsonNode page = body(mvc.perform(get("/api/v1/population/households").param("status", "waiting")
                .param("size", "1000").with(ANALYST)).andExpect(status().isOk()));
        assertThat(page.get("items").valueStream().map(h -> h.get("id").asLong())).contains(id);
        assertThat(audits(Households.ENTITY, "list", "READ")).isEqualTo(lists + 1);

        send(patch("/api/v1/population/households/" + id), REGISTRAR, "{\"contact\":\"+380111111111\",\"size\":5}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(5));
        String update = jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'population.household'"
                + " AND entity_id = :i AND action = 'UPDATE'").param("i", String.valueOf(id)).query(String.class)
                .single();
        assertThat(update).contains("\"contact\":\"(changed)\"").contains("\"size\":5").doesNotContain("+380");
        send(patch("/api/v1/population/households/" + id), ANALYST, "{\"size\":3}").andExpect(status().isForbidden());
    }

    @Test
    void publicCountsHideSmallCellsButAnalystsSeeThem() throws Exception {
        long home = homes()[0];
        household(home, 2, 0, 0, 0).andExpect(status().isCreated());
        JsonNode open = body(mvc.perform(get("/api/v1/population/households/counts").with(anonymous()))
                .andExpect(status().isOk()));
        assertThat(open.get("suppressedBelow").asInt()).isEqualTo(3);
        for (JsonNode row : open.get("rows")) {
            JsonNode n = row.get("households");
            assertThat(n.isString() ? n.asString() : String.valueOf(n.asLong() >= 3)).isIn("<3", "true");
        }
        JsonNode seen = body(mvc.perform(get("/api/v1/population/households/counts").with(ANALYST)));
        assertThat(seen.get("rows").valueStream().filter(r -> SHEVCHENKIVSKYI.equals(r.get("district").asString())
                && "waiting".equals(r.get("status").asString())).findFirst().orElseThrow().get("households")
                .isNumber()).isTrue();
    }

    @Test
    void sitesShowOccupancyAndAPlacedHouseholdMovesOut() throws Exception {
        long home = homes()[0];
        long site = site("Гуртожиток тест", 10, true);
        JsonNode placed = body(send(post("/api/v1/population/households"), REGISTRAR, """
                {"referencePerson":"Особа","size":4,"homeBuildingId":%d,"stays":"temporary_site","siteId":%d}"""
                .formatted(home, site)).andExpect(status().isCreated()));
        assertThat(placed.get("status").asString()).isEqualTo("placed");
        mvc.perform(get("/api/v1/population/sites/" + site).with(anonymous())).andExpect(status().isOk())
                .andExpect(jsonPath("$.occupied").value(4)).andExpect(jsonPath("$.free").value(6));
        send(put("/api/v1/population/sites/" + site), REGISTRAR, """
                {"kind":"hotel","name":"Готель","district":"%s","places":3}""".formatted(SHEVCHENKIVSKYI))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("places"));
        send(patch("/api/v1/population/households/" + placed.get("id").asLong()), REGISTRAR,
                "{\"stays\":\"relatives\"}").andExpect(status().isConflict());

        long id = placed.get("id").asLong();
        send(post("/api/v1/population/households/" + id + "/move-out"), REGISTRAR,
                "{\"stays\":\"relatives\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("moved_out"));
        mvc.perform(get("/api/v1/population/sites/" + site).with(anonymous()))
                .andExpect(jsonPath("$.occupied").value(0));
        JsonNode one = body(mvc.perform(get("/api/v1/population/households/" + id).with(ANALYST)));
        assertThat(one.get("moves").valueStream().map(m -> m.get("direction").asString())).containsExactly("in",
                "out");
        send(post("/api/v1/population/households/" + id + "/move-out"), REGISTRAR, "{}")
                .andExpect(status().isConflict());
        send(post("/api/v1/population/sites"), REGISTRAR, "{\"kind\":\"tent\",\"name\":\"x\",\"places\":1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }
}
