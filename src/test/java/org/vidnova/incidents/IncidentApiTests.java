package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.vidnova.identity.Role;
import org.vidnova.identity.UserAccounts;

import tools.jackson.databind.JsonNode;

/**
 * Entering, editing, verifying, deleting and listing incidents, with their audit rows, events and statistics.
 * Incidents of these tests fall in 2016 to 2018, which no other test uses.
 */
class IncidentApiTests extends IncidentTestBase {

    static final String SHEVCHENKIVSKYI = "UA63120270010948820";
    static final String KYIVSKYI = "UA63120270010216514";
    /** A point in Shevchenkivskyi and one in Kyivskyi. */
    static final String IN_SHEVCHENKIVSKYI = "\"lat\": 50.0050, \"lon\": 36.2290";
    static final String IN_KYIVSKYI = "\"lat\": 50.04205, \"lon\": 36.34127";

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void setUp() {
        if (!accounts.exists("incident-analyst")) {
            accounts.create("incident-analyst", "analyst-password-1234", java.util.Set.of(Role.ANALYST));
        }
    }

    ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents").with(httpBasic("admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long created(String body) throws Exception {
        String answer = create(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    ResultActions patchIncident(long id, String body) throws Exception {
        return mvc.perform(patch("/api/v1/incidents/" + id).with(httpBasic("admin", ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long auditRows(long id, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'incident' AND entity_id = :id"
                + " AND action = :action").param("id", String.valueOf(id)).param("action", action)
                .query(Long.class).single();
    }

    /** Incidents per "district|day" from the statistics endpoint. */
    Map<String, Long> statsByDistrictAndDay(String from, String to) throws Exception {
        JsonNode rows = json.readTree(mvc.perform(get("/api/v1/incidents/stats").param("by", "district,day")
                .param("from", from).param("to", to)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("rows");
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r.get("district").asString("null") + "|" + r.get("day").asString(),
                r.get("incidents").asLong()));
        return counts;
    }

    @Test
    void createComputesTheDistrictAndTheKyivDayAndHour() throws Exception {
        // 22:30 UTC on 25 March 2017 is 00:30 on the 26th in Kyiv (still winter time, UTC+2).
        String answer = create("{\"occurredAt\": \"2017-03-25T22:30:00Z\", \"type\": \"missile\", "
                + IN_SHEVCHENKIVSKYI + ", \"killed\": 2, \"description\": \"Удар по вулиці\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/incidents/")))
                .andExpect(jsonPath("$.district").value(SHEVCHENKIVSKYI))
                .andExpect(jsonPath("$.localDay").value("2017-03-26"))
                .andExpect(jsonPath("$.localHour").value(0))
                .andExpect(jsonPath("$.timePrecision").value("exact"))
                .andExpect(jsonPath("$.geoPrecision").value("exact"))
                .andExpect(jsonPath("$.verification").value("reported"))
                .andExpect(jsonPath("$.source").value("manual"))
                .andExpect(jsonPath("$.killed").value(2))
                .andExpect(jsonPath("$.injured").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/v1/incidents/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.occurredAt").value("2017-03-25T22:30:00Z"))
                .andExpect(jsonPath("$.type").value("missile"))
                .andExpect(jsonPath("$.createdBy").doesNotExist());
        assertThat(auditRows(id, "CREATE")).isEqualTo(1);
        assertThat(events.of(IncidentRecorded.class)).extracting(IncidentRecorded::incidentId).containsExactly(id);
        assertThat(events.of(IncidentRecorded.class).get(0).districtCode()).isEqualTo(SHEVCHENKIVSKYI);
        assertThat(events.allInTransactions()).isTrue();
        mvc.perform(get("/api/v1/incidents/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theThreeTimeFormsAndTheirPrecision() throws Exception {
        // A local date-time means Kyiv (summer time, UTC+3).
        create("{\"occurredAt\": \"2017-07-01T10:15\", \"type\": \"shelling\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredAt").value("2017-07-01T07:15:00Z"))
                .andExpect(jsonPath("$.localHour").value(10))
                .andExpect(jsonPath("$.geoPrecision").value("city"))
                .andExpect(jsonPath("$.district").isEmpty());
        // A date: the day only, from Kyiv's midnight; no hour.
        create("{\"occurredAt\": \"2017-07-02\", \"type\": \"shelling\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredAt").value("2017-07-01T21:00:00Z"))
                .andExpect(jsonPath("$.timePrecision").value("day"))
                .andExpect(jsonPath("$.localDay").value("2017-07-02"))
                .andExpect(jsonPath("$.localHour").isEmpty());
        // Known to the hour: the instant is cut to the hour.
        create("{\"occurredAt\": \"2017-07-03T10:45:30+03:00\", \"timePrecision\": \"hour\", \"type\": \"drone\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredAt").value("2017-07-03T07:00:00Z"))
                .andExpect(jsonPath("$.localHour").value(10));
    }

    @Test
    void invalidInputNamesEveryField() throws Exception {
        create("{\"occurredAt\": \"yesterday\", \"type\": \"tornado\", \"lat\": 95}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("occurredAt", "type", "lat", "lon")));
        create("{\"occurredAt\": \"2017-01-01\", \"timePrecision\": \"hour\", \"type\": \"other\", "
                + "\"killed\": -1, \"sourceUrl\": \"not a url\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        containsInAnyOrder("timePrecision", "killed", "sourceUrl")));
        create("{\"occurredAt\": \"2017-01-01\", \"type\": \"other\", \"colour\": \"red\", \"verification\": "
                + "\"verified\", \"lat\": [1]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("colour", "verification", "lat")));
        create("[1, 2]").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        create("{\"occurredAt\": \"2017-01-01\", \"type\": \"other\", \"geoPrecision\": \"exact\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("geoPrecision"));
    }

    @Test
    void aKeyAlreadyRegisteredIsAConflict() throws Exception {
        String body = "{\"source\": \"api-test\", \"externalId\": \"" + UUID.randomUUID()
                + "\", \"occurredAt\": \"2017-02-01\", \"type\": \"other\"}";
        create(body).andExpect(status().isCreated());
        create(body).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("externalId"));
        create(body.replace("api-test", "bad source!")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void anEditMovesTheIncidentInTheStatisticsAndIsAudited() throws Exception {
        Map<String, Long> before = statsByDistrictAndDay("2018-05-10", "2018-05-11");
        long id = created("{\"occurredAt\": \"2018-05-10T12:00:00+03:00\", \"type\": \"shelling\", "
                + IN_SHEVCHENKIVSKYI + ", \"killed\": 1, \"injured\": 4}");
        Map<String, Long> added = statsByDistrictAndDay("2018-05-10", "2018-05-11");
        assertThat(added.get(SHEVCHENKIVSKYI + "|2018-05-10"))
                .isEqualTo(before.getOrDefault(SHEVCHENKIVSKYI + "|2018-05-10", 0L) + 1);
        events.clear();

        patchIncident(id, "{\"occurredAt\": \"2018-05-11\", " + IN_KYIVSKYI + ", \"killed\": null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.district").value(KYIVSKYI))
                .andExpect(jsonPath("$.timePrecision").value("day"))
                .andExpect(jsonPath("$.killed").isEmpty())
                .andExpect(jsonPath("$.injured").value(4))
                .andExpect(jsonPath("$.type").value("shelling"));
        Map<String, Long> moved = statsByDistrictAndDay("2018-05-10", "2018-05-11");
        assertThat(moved.getOrDefault(SHEVCHENKIVSKYI + "|2018-05-10", 0L))
                .isEqualTo(before.getOrDefault(SHEVCHENKIVSKYI + "|2018-05-10", 0L));
        assertThat(moved.get(KYIVSKYI + "|2018-05-11"))
                .isEqualTo(before.getOrDefault(KYIVSKYI + "|2018-05-11", 0L) + 1);
        assertThat(auditRows(id, "UPDATE")).isEqualTo(1);
        String change = jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'incident'"
                + " AND entity_id = :id AND action = 'UPDATE'").param("id", String.valueOf(id))
                .query(String.class).single();
        assertThat(json.readTree(change).propertyNames()).contains("occurredAt", "districtCode", "killed")
                .doesNotContain("injured", "updatedAt");
        assertThat(events.of(IncidentChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.incidentId()).isEqualTo(id);
            assertThat(e.changedFields()).contains("occurredAt", "districtCode", "killed");
        });

        // The same values again change nothing, not even the audit trail.
        patchIncident(id, "{\"killed\": null, \"type\": \"shelling\"}").andExpect(status().isOk());
        assertThat(auditRows(id, "UPDATE")).isEqualTo(1);
        patchIncident(id, "{\"verification\": \"verified\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verification"));
        patchIncident(id, "{\"externalId\": \"x\", \"type\": \"bomb\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("externalId"));
        patchIncident(id, "{\"type\": \"bomb\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        patchIncident(999999999, "{\"type\": \"drone\"}").andExpect(status().isNotFound());
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    @Test
    void anAnalystVerifies() throws Exception {
        long id = created("{\"occurredAt\": \"2018-06-01T08:00:00Z\", \"type\": \"airstrike\"}");
        events.clear();
        mvc.perform(post("/api/v1/incidents/" + id + "/verification")
                        .with(httpBasic("incident-analyst", "analyst-password-1234"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verification\": \"verified\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification").value("verified"));
        mvc.perform(post("/api/v1/incidents/" + id + "/verification").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"verification\": \"true\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verification"));
        assertThat(auditRows(id, "UPDATE")).isEqualTo(1);
        String actor = jdbc.sql("SELECT actor FROM audit_entry WHERE entity_type = 'incident' AND entity_id = :id"
                + " AND action = 'UPDATE'").param("id", String.valueOf(id)).query(String.class).single();
        assertThat(actor).isEqualTo("incident-analyst");
        assertThat(events.of(IncidentChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.changedFields()).containsExactly("verification"));
        mvc.perform(get("/api/v1/incidents").param("verification", "verified").param("from", "2018-06-01")
                        .param("to", "2018-06-01"))
                .andExpect(jsonPath("$.items[*].id").value(hasItems((int) id)));
    }

    @Test
    void deletingRemovesTheIncidentFromTheStatistics() throws Exception {
        Map<String, Long> before = statsByDistrictAndDay("2018-07-01", "2018-07-01");
        long id = created("{\"occurredAt\": \"2018-07-01T09:00:00+03:00\", \"type\": \"mlrs\", " + IN_KYIVSKYI + "}");
        events.clear();
        mvc.perform(delete("/api/v1/incidents/" + id).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/incidents/" + id)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/incidents/" + id).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(statsByDistrictAndDay("2018-07-01", "2018-07-01")).isEqualTo(before);
        assertThat(auditRows(id, "DELETE")).isEqualTo(1);
        assertThat(events.of(IncidentDeleted.class)).containsExactly(new IncidentDeleted(id));
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    @Test
    void listingFiltersAndPages() throws Exception {
        String source = "list-" + UUID.randomUUID().toString().substring(0, 8);
        String common = "\"source\": \"" + source + "\", ";
        created("{" + common + "\"occurredAt\": \"2016-04-01T10:00:00Z\", \"type\": \"missile\", " + IN_KYIVSKYI + "}");
        created("{" + common + "\"occurredAt\": \"2016-04-02T10:00:00Z\", \"type\": \"drone\", "
                + IN_SHEVCHENKIVSKYI + "}");
        created("{" + common + "\"occurredAt\": \"2016-04-03\", \"type\": \"shelling\"}");
        mvc.perform(get("/api/v1/incidents").param("source", source))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].type").value(org.hamcrest.Matchers.contains("shelling", "drone",
                        "missile")));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("district", "Київський"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].type").value("missile"));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("type", "missile,drone"))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("from", "2016-04-02")
                        .param("to", "2016-04-02"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].type").value("drone"));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("from", "2016-04-01T10:00:00Z")
                        .param("to", "2016-04-02T09:59:59Z"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("bbox", "36.30,50.02,36.40,50.06"))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].type").value("missile"));
        mvc.perform(get("/api/v1/incidents").param("source", source).param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].type").value("drone"));
        mvc.perform(get("/api/v1/incidents").param("bbox", "36.4,50,36.3,50.1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bbox"));
        mvc.perform(get("/api/v1/incidents").param("district", "Atlantis"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(get("/api/v1/incidents").param("type", "bomb"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/v1/incidents").param("from", "2016-05-01").param("to", "2016-04-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/incidents").param("from", "soon"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
