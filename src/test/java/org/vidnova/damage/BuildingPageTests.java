package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A building's page: its assessments over time with the current one marked, a disagreement flagged, and the strikes
 * within 100 m, those within a day of the strike an assessment names marked. 2009 belongs to this suite.
 */
class BuildingPageTests extends DamageTestBase {

    @Test
    void theBuildingPageShowsItsAssessmentsAndTheStrikesAroundIt() throws Exception {
        String source = source();
        // A building, and strikes 30 m away (twice: on the day, and a month later) and 500 m away.
        buildings(source, BUILDINGS + "\nH1,Sumska 1,50.0000,36.2300,residential,House one,5,40,,,listed\n");
        String strikes = "external_id,occurred_at,type,lat,lon,killed,injured,source,description\n"
                + "n1,2009-03-01T10:00:00+02:00,missile,50.00027,36.2300,,,,\n"
                + "n2,2009-04-01T10:00:00+03:00,shelling,50.00027,36.2300,,,,\n"
                + "far,2009-03-01T10:00:00+02:00,missile,50.0045,36.2300,,,,\n";
        mvc.perform(post("/api/v1/incidents/imports").param("source", source).with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content(strikes)).andExpect(status().isOk());
        long n1 = jdbc.sql("SELECT id FROM incidents_incident WHERE source = :s AND external_id = 'n1'")
                .param("s", source).query(Long.class).single();
        long n2 = jdbc.sql("SELECT id FROM incidents_incident WHERE source = :s AND external_id = 'n2'")
                .param("s", source).query(Long.class).single();
        long far = jdbc.sql("SELECT id FROM incidents_incident WHERE source = :s AND external_id = 'far'")
                .param("s", source).query(Long.class).single();
        assessments(source, ASSESSMENTS + "\n"
                + "A1,,H1,2009-03-02,citizen,report:damaged,,,true,," + n1 + ",\n"
                + "A2,,H1,2009-03-10,inspector,ems98:5,,40,false,no,,\n");
        long id = buildingId(source, "H1");

        String html = mvc.perform(get("/damage/buildings/" + id).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("House one").contains("data-state=\"destroyed\"")
                .contains("Assessors disagree by 3 grades").contains("ems98:5").contains("report:damaged");
        // The inspector's assessment is the current one; the strike the citizen's names is marked, not the later one.
        assertThat(html).containsPattern("<tr (?=[^>]*class=\"current\")[^>]*>\\s*<td>2009-03-10</td>");
        assertThat(html).containsPattern(currentRow(n1)).contains("/api/v1/incidents/" + n2 + "\"")
                .doesNotContain("/api/v1/incidents/" + far + "\"");
        assertThat(html).doesNotContainPattern(currentRow(n2));
        assertThat(mvc.perform(get("/damage/buildings/" + id)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Оцінки в часі");
    }

    private static String currentRow(long id) {
        return "<tr (?=[^>]*class=\"current\")[^>]*>\\s*<td><a href=\"/api/v1/incidents/" + id + "\"";
    }

    @Test
    void anAssessmentRowWithOneCellTooManyIsRefused() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nX1,,50.0,36.23,residential,,5,10,,,\n");
        assessments(source, ASSESSMENTS + "\nZ1,,X1,2009-05-01,citizen,report:damaged,,,true,,,,7,\n")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rejected")
                        .value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.errors[0].field").value("row"));
    }

    @Test
    void aRegistrarAssessesABuildingFromThePhoneForm() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nF1,Pushkinska 5,50.0,36.24,school,School 5,3,0,,,\n");
        long id = buildingId(source, "F1");
        var registrar = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("olena").roles("REGISTRAR");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(get("/damage/buildings/" + id + "/assess").with(registrar)).andExpect(status().isOk());
        // A class no assessor uses is refused beside the form, and nothing is stored.
        String refused = mvc.perform(post("/damage/buildings/" + id + "/assess").with(registrar).with(csrf)
                        .param("lang", "en").param("assessed_on", "2009-06-01").param("assessor", "inspector")
                        .param("native_class", "ems98:9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("native_class").contains("Check the marked fields.");
        assertThat(getJson("/api/v1/damage/buildings/" + id).get("assessments").size()).isZero();
        mvc.perform(post("/damage/buildings/" + id + "/assess").with(registrar).with(csrf)
                        .param("assessed_on", "2009-06-01").param("assessor", "inspector")
                        .param("native_class", "ems98:4").param("habitable", "false").param("rebuildable", "yes"))
                .andExpect(status().is3xxRedirection());
        JsonNode stored = getJson("/api/v1/damage/buildings/" + id);
        assertThat(stored.get("state").asString()).isEqualTo("severe");
        assertThat(stored.get("assessments").get(0).get("source").asString()).isEqualTo("field");
        mvc.perform(get("/damage/buildings/" + id + "/assess").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("ivan").roles("ANALYST"))).andExpect(status().isForbidden());
    }
}
