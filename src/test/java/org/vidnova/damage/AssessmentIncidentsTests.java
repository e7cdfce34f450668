package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An assessment names several incidents in incident_id, separated by ';': all are kept, a second import of the same
 * row changes nothing, a changed list replaces the old one, and the building page lists every strike named. 2006
 * belongs to this suite.
 */
class AssessmentIncidentsTests extends DamageTestBase {

    long strike(String source, String externalId) {
        return jdbc.sql("SELECT id FROM incidents_incident WHERE source = :s AND external_id = :e")
                .param("s", source).param("e", externalId).query(Long.class).single();
    }

    @Test
    void anAssessmentNamesSeveralStrikesAndTheBuildingPageListsThemAll() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nM1,Sumska 7,50.0000,36.2300,residential,House seven,5,40,,,\n");
        // Two strikes named by the assessment, one 2 km away (so not within 100 m), one next door.
        String strikes = "external_id,occurred_at,type,lat,lon,killed,injured,source,description\n"
                + "s1,2006-03-01T10:00:00+02:00,missile,50.0180,36.2300,,,,a strike two km north\n"
                + "s2,2006-03-01T11:00:00+02:00,shelling,50.00020,36.2300,,,,a strike next door\n"
                + "s3,2006-05-01T11:00:00+03:00,shelling,50.00020,36.2300,,,,a strike not named\n";
        mvc.perform(post("/api/v1/incidents/imports").param("source", source).with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content(strikes)).andExpect(status().isOk());
        long s1 = strike(source, "s1");
        long s2 = strike(source, "s2");
        long s3 = strike(source, "s3");
        String row = "A1,,M1,2006-03-02,inspector,ems98:4,,,false,yes,\"" + s2 + "; " + s1 + "\",\n";
        assessments(source, ASSESSMENTS + "\n" + row).andExpect(jsonPath("$.created").value(1));
        long id = buildingId(source, "M1");
        JsonNode assessment = getJson("/api/v1/damage/buildings/" + id).get("assessments").get(0);
        assertThat(ids(assessment.get("incidentIds"))).containsExactly(Math.min(s1, s2), Math.max(s1, s2));
        assertThat(assessment.get("incidentId").asLong()).isEqualTo(Math.min(s1, s2));

        // The same row again, its ids in another order: unchanged.
        assessments(source, ASSESSMENTS + "\nA1,,M1,2006-03-02,inspector,ems98:4,,,false,yes," + s1 + ";" + s2
                + ",\n").andExpect(jsonPath("$.unchanged").value(1));

        String html = mvc.perform(get("/damage/buildings/" + id).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String named = html.substring(html.indexOf("id=\"strikes-named\""), html.indexOf("id=\"strikes-near\""));
        assertThat(named).contains("/api/v1/incidents/" + s1 + "\"").contains("/api/v1/incidents/" + s2 + "\"")
                .contains("a strike two km north").doesNotContain("/api/v1/incidents/" + s3 + "\"");
        assertThat(html).contains("Strikes named by its assessments");

        // A corrected list replaces the old one.
        assessments(source, ASSESSMENTS + "\nA1,,M1,2006-03-02,inspector,ems98:4,,,false,yes," + s3 + ",\n")
                .andExpect(jsonPath("$.updated").value(1));
        assessment = getJson("/api/v1/damage/buildings/" + id).get("assessments").get(0);
        assertThat(ids(assessment.get("incidentIds"))).containsExactly(s3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM damage_assessment_incident WHERE assessment_id = :a")
                .param("a", assessment.get("id").asLong()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBadIdAmongSeveralRefusesTheRowNamingTheField() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nM2,,50.0,36.23,residential,,5,10,,,\n");
        assessments(source, ASSESSMENTS + "\nB1,,M2,2006-04-01,citizen,report:damaged,,,,,12;x;14,\n"
                + "B2,,M2,2006-04-01,citizen,report:damaged,,,,,12;;14,\n"
                + "B3,,M2,2006-04-01,citizen,report:damaged,,,,,12;0,\n")
                .andExpect(jsonPath("$.rejected").value(3)).andExpect(jsonPath("$.errors[0].field").value("incident_id"))
                .andExpect(jsonPath("$.errors[0].line").value(2)).andExpect(jsonPath("$.errors[2].line").value(4));
    }

    private static List<Long> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asLong).toList();
    }
}
