package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Allocation through the API: a run proposes explained placements in priority order, registrars confirm (the
 * household moves in, the site fills) or override (another site or none, with a reason), a new run supersedes what
 * was left undecided. Other suites' households share the database, so only this test's households are asserted on.
 */
class AllocationApiTests extends HouseholdTestBase {

    @Test
    void aRunProposesExplainedPlacementsThatRegistrarsConfirmOrOverride() throws Exception {
        long home = homes()[0];
        long accessible = site("Модульне містечко тест", 7, true);
        long small = site("Готель тест", 2, false);
        long first = waitingSince(household(home, 3, 1, 1, 1), "2022-03-01");
        long second = waitingSince(household(home, 4, 0, 0, 0), "2022-03-02");
        long third = waitingSince(household(home, 2, 0, 0, 0), "2022-03-03");

        JsonNode run = body(mvc.perform(post("/api/v1/population/allocations").with(REGISTRAR))
                .andExpect(status().isCreated()));
        long id = run.get("id").asLong();
        assertThat(run.get("rule").get("nearHome").asDouble()).isEqualTo(3.0);
        JsonNode p1 = placementOf(run, first);
        JsonNode p2 = placementOf(run, second);
        assertThat(p1.get("rank").asInt()).isLessThan(p2.get("rank").asInt());
        assertThat(p1.get("state").asString()).isEqualTo("proposed");
        assertThat(p1.get("terms").get("vulnerable").asDouble()).isEqualTo(6.0);
        assertThat(p1.get("terms").get("nearHome").asDouble()).isEqualTo(3.0);
        assertThat(p1.get("why").asString()).contains("accessible").contains("home district");
        assertThat(p1.toString()).doesNotContain("Тестова");

        // Confirmed: the household moves into the proposed site, which fills by its 3 people.
        long site1 = p1.get("siteId").asLong();
        int occupiedBefore = body(mvc.perform(get("/api/v1/population/sites/" + site1))).get("occupied").asInt();
        send(post("/api/v1/population/allocations/" + id + "/placements/" + p1.get("id").asLong() + "/confirm"),
                REGISTRAR, "{}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("confirmed"));
        JsonNode siteAfter = body(mvc.perform(get("/api/v1/population/sites/" + site1)));
        assertThat(siteAfter.get("occupied").asInt()).isEqualTo(occupiedBefore + 3);
        assertThat(siteAfter.get("occupied").asInt()).isLessThanOrEqualTo(siteAfter.get("places").asInt());
        JsonNode one = body(mvc.perform(get("/api/v1/population/households/" + first).with(ANALYST)));
        assertThat(one.get("household").get("status").asString()).isEqualTo("placed");
        assertThat(one.get("household").get("siteId").asLong()).isEqualTo(site1);
        assertThat(one.get("moves").get(0).get("direction").asString()).isEqualTo("in");
        send(post("/api/v1/population/allocations/" + id + "/placements/" + p1.get("id").asLong() + "/confirm"),
                REGISTRAR, "{}").andExpect(status().isConflict());

        // Overridden: a site too small for the whole household is refused; a reason is required.
        String p2Override = "/api/v1/population/allocations/" + id + "/placements/" + p2.get("id").asLong()
                + "/override";
        send(post(p2Override), REGISTRAR, "{\"siteId\":%d,\"reason\":\"closer to school\"}".formatted(small))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("siteId"));
        send(post(p2Override), REGISTRAR, "{\"siteId\":%d}".formatted(accessible)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post(p2Override), REGISTRAR, "{\"reason\":\"family asked to wait for a flat\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("overridden"));
        assertThat(body(mvc.perform(get("/api/v1/population/households/" + second).with(ANALYST)))
                .get("household").get("status").asString()).isEqualTo("waiting");
        assertThat(jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'population.placement'"
                        + " AND entity_id = :i").param("i", p2.get("id").asString()).query(String.class).single())
                .contains("overridden").doesNotContain("flat");

        // A new run supersedes what was left undecided; the confirmed household is no longer waiting.
        JsonNode again = body(mvc.perform(post("/api/v1/population/allocations").with(REGISTRAR)));
        assertThat(again.get("placements").valueStream().map(p -> p.get("householdId").asLong()))
                .doesNotContain(first);
        JsonNode old = placementOf(body(mvc.perform(get("/api/v1/population/allocations/" + id).with(REGISTRAR))),
                third);
        assertThat(old.get("state").asString()).isEqualTo("superseded");
        send(post("/api/v1/population/allocations/" + id + "/placements/" + old.get("id").asLong() + "/confirm"),
                REGISTRAR, "{}").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/population/allocations").with(ANALYST)).andExpect(status().isForbidden());
    }

    private long waitingSince(org.springframework.test.web.servlet.ResultActions created, String day)
            throws Exception {
        long id = body(created.andExpect(status().isCreated())).get("id").asLong();
        jdbc.sql("UPDATE population_household SET registered_at = :at WHERE id = :id")
                .param("at", java.sql.Timestamp.valueOf(day + " 12:00:00")).param("id", id).update();
        return id;
    }

    private static JsonNode placementOf(JsonNode run, long household) {
        return run.get("placements").valueStream().filter(p -> p.get("householdId").asLong() == household)
                .findFirst().orElseThrow(() -> new AssertionError("no placement for household " + household));
    }
}
