package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/** Projects: import, listing with cost and score, edits, the heritage gate and the portfolio over HTTP. */
class RecoveryApiTests extends RecoveryTestBase {

    static final String SHEVCHENKIVSKYI = "UA63120270010948820";

    String projects(String source) throws Exception {
        String csv = HEADER
                + "P1,Школа №1: відновлення,rehabilitation,identification," + SHEVCHENKIVSKYI + ",12000000,450 pupils,S1\n"
                + "P2,Будинок на пл. Конституції,rehabilitation,preparation,,30000000,200 households,M1;Z1\n"
                + "P3,Новий дитсадок,construction,identification,Шевченківський,8 000 000,,\n";
        JsonNode report = read(importCsv(source, csv.replace("8 000 000", "8000000")).andExpect(status().isOk()));
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(3);
        return source;
    }

    @Test
    void importLandsResolvesBuildingsAndAReimportChangesNothing() throws Exception {
        String source = projects(source());
        long p1 = projectId(source, "P1");
        JsonNode one = getJson("/api/v1/recovery/projects/" + p1);
        assertThat(one.get("title").asString()).isEqualTo("Школа №1: відновлення");
        assertThat(one.get("type").asString()).isEqualTo("rehabilitation");
        assertThat(one.get("district").asString()).isEqualTo(SHEVCHENKIVSKYI);
        assertThat(one.get("cost").asLong()).isEqualTo(12_000_000);
        assertThat(one.get("beneficiaries").asInt()).isEqualTo(450);
        assertThat(one.get("beneficiaryKind").asString()).isEqualTo("pupils");
        assertThat(one.get("buildings").get(0).get("externalId").asString()).isEqualTo("S1");
        // 450 pupils × 1.3 × (1 + 1.0 × 0.5), the stated default weights
        assertThat(one.get("score").asDouble()).isEqualTo(877.5);
        assertThat(one.get("heritage").get("required").asBoolean()).isFalse();
        long p2 = projectId(source, "P2");
        assertThat(getJson("/api/v1/recovery/projects/" + p2).get("district").isNull()).isFalse();

        String again = HEADER
                + "P1,Школа №1: відновлення,rehabilitation,identification," + SHEVCHENKIVSKYI + ",12000000,450 pupils,S1\n"
                + "P2,Будинок на пл. Конституції,rehabilitation,preparation,,30000000,200 households,Z1;M1\n"
                + "P3,Новий дитсадок,construction,identification,Шевченківський,8000000,,\n";
        importCsv(source, again).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0));
        importCsv(source, HEADER.toUpperCase().replace(',', ';')
                + "P3;Новий дитсадок;construction;preparation;Шевченківський;9000000;;\n")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'recovery_project' AND entity_id = "
                + ":id").param("id", String.valueOf(projectId(source, "P3"))).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndTheGoodOnesLand() throws Exception {
        String source = source();
        String csv = HEADER
                + "G1,Добре,maintenance,identification,,100,,\n"
                + "B1,Погано,renovation,identification,,100,,\n"
                + "B2,Погано,maintenance,identification,Атлантида,-5,many,\n"
                + "B3,Погано,maintenance,identification,,100,,NOPE\n"
                + "B4,Погано,maintenance,identification,Атлантида,100,,\n"
                + "G1,Двічі,maintenance,identification,,100,,\n";
        JsonNode report = read(importCsv(source, csv).andExpect(status().isOk()));
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("field").asString()));
        assertThat(errors).contains("3:type", "4:cost", "4:beneficiaries", "5:building_external_ids", "6:district",
                "7:external_id");
    }

    @Test
    void anUnreadableFileIs400AndChangesNothing() throws Exception {
        String source = source();
        importCsv(source, "external_id,title\nX,Y\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").exists());
        mvc.perform(post("/api/v1/recovery/projects/imports").param("source", source).contentType("text/csv")
                .content(new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'}).with(planner()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_project WHERE source = :s").param("s", source)
                .query(Long.class).single()).isZero();
    }

    @Test
    void listingIsPublicPagedFilteredAndCarriesCostAndScore() throws Exception {
        String source = projects(source());
        JsonNode page = getJson("/api/v1/recovery/projects?source=" + source + "&size=2&status=identification");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").size()).isEqualTo(2);
        for (JsonNode item : page.get("items")) {
            assertThat(item.has("cost")).isTrue();
            assertThat(item.has("score")).isTrue();
            assertThat(item.get("status").asString()).isEqualTo("identification");
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/recovery/projects?status=dreaming")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aHeritageProjectNeedsItsConservationApprovalBeforeImplementation() throws Exception {
        String source = projects(source());
        long p2 = projectId(source, "P2");
        JsonNode before = getJson("/api/v1/recovery/projects/" + p2);
        assertThat(before.get("heritage").get("required").asBoolean()).isTrue();
        assertThat(before.get("heritage").get("reasons").toString()).contains("listed").contains("zone");
        mvc.perform(patch("/api/v1/recovery/projects/" + p2).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"implementation\"}").with(planner())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        // Nor by import.
        importCsv(source, HEADER + "P2,Будинок на пл. Конституції,rehabilitation,implementation,,30000000,"
                + "200 households,M1;Z1\n").andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        long p1 = projectId(source, "P1");
        postJson("/api/v1/recovery/projects/" + p1 + "/conservation-approval", "{\"reference\":\"n/a\"}")
                .andExpect(status().isConflict());
        postJson("/api/v1/recovery/projects/" + p2 + "/conservation-approval",
                "{\"reference\":\"Управління охорони культурної спадщини, № 17/3 від 2026-11-20\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.heritage.approved").value(true));
        mvc.perform(patch("/api/v1/recovery/projects/" + p2).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"status":"implementation","spent":1000000,"progress":10,
                         "funding":[{"kind":"city","amount":10000000},{"kind":"donor","funder":"ЄІБ","amount":20000000}],
                         "milestones":[{"title":"Проєкт","dueOn":"2027-03-01"}],
                         "documents":[{"title":"Кошторис","url":"https://example.org/k.pdf"}]}""")
                .with(planner())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("implementation"))
                .andExpect(jsonPath("$.funding[1].funder").value("ЄІБ"))
                .andExpect(jsonPath("$.milestones[0].dueOn").value("2027-03-01"));
        List<String> actions = jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'recovery_project' "
                + "AND entity_id = :id ORDER BY id").param("id", String.valueOf(p2)).query(String.class).list();
        assertThat(actions).hasSize(3);
        assertThat(actions.get(1)).contains("conservationApproval");
        assertThat(actions.get(2)).contains("funding").contains("status");
    }

    @org.springframework.beans.factory.annotation.Autowired
    RecoveryFigures figures;

    @Test
    void theDashboardFiguresCountProjectsByStatusAndTheMoneyCommittedAndSpent() throws Exception {
        var before = figures.now();
        String source = projects(source());
        long p1 = projectId(source, "P1");
        mvc.perform(patch("/api/v1/recovery/projects/" + p1).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"implementation\",\"spent\":2500000}").with(planner()))
                .andExpect(status().isOk());
        var after = figures.now();
        assertThat(after.projectsByStatus().get("identification") - before.projectsByStatus().get("identification"))
                .isEqualTo(1);
        assertThat(after.projectsByStatus().get("preparation") - before.projectsByStatus().get("preparation"))
                .isEqualTo(1);
        assertThat(after.projectsByStatus().get("implementation") - before.projectsByStatus().get("implementation"))
                .isEqualTo(1);
        assertThat(after.committed() - before.committed()).isEqualTo(12_000_000);
        assertThat(after.spent() - before.spent()).isEqualTo(2_500_000);
    }

    @Test
    void theCsvExportReimportsUnchanged() throws Exception {
        String source = projects(source());
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/recovery/projects.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        StringBuilder mine = new StringBuilder(lines[0]).append('\n');
        for (String line : lines) {
            if (line.contains("," + source + ",")) {
                mine.append(line).append('\n');
            }
        }
        assertThat(mine.toString()).contains("450 pupils").contains("M1;Z1").contains(buildings);
        importCsv(source, mine.toString()).andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.rejected").value(0));
    }

    @Test
    void patchValidatesItsFields() throws Exception {
        String source = projects(source());
        long p1 = projectId(source, "P1");
        mvc.perform(patch("/api/v1/recovery/projects/" + p1).contentType(MediaType.APPLICATION_JSON)
                .content("{\"progress\":140}").with(planner())).andExpect(status().isBadRequest());
        mvc.perform(patch("/api/v1/recovery/projects/" + p1).contentType(MediaType.APPLICATION_JSON)
                .content("{\"district\":\"Атлантида\"}").with(planner())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(patch("/api/v1/recovery/projects/999999999").contentType(MediaType.APPLICATION_JSON)
                .content("{\"progress\":1}").with(planner())).andExpect(status().isNotFound());
    }

    @Test
    void thePortfolioHonoursPinsAndHeritageAndExplainsWhatIsLeftOut() throws Exception {
        String source = projects(source());
        long p1 = projectId(source, "P1");
        long p2 = projectId(source, "P2");
        long p3 = projectId(source, "P3");
        JsonNode answer = read(postJson("/api/v1/recovery/portfolio", """
                {"budget": 1000000000000, "pinnedIn": [%d], "pinnedOut": [%d]}""".formatted(p1, p3))
                .andExpect(status().isOk()));
        assertThat(answer.get("optimal").asBoolean()).isTrue();
        assertThat(answer.get("bound").asDouble()).isEqualTo(answer.get("totalScore").asDouble());
        assertThat(answer.get("gap").asDouble()).isZero();
        assertThat(answer.get("totalCost").asLong()).isLessThanOrEqualTo(1_000_000_000_000L);
        List<Long> chosen = new ArrayList<>();
        answer.get("chosen").forEach(c -> chosen.add(c.asLong()));
        assertThat(chosen).contains(p1).doesNotContain(p2, p3);
        String leftOut = answer.get("leftOut").toString();
        assertThat(leftOut).contains("{\"id\":" + p2 + ",\"reason\":\"needs heritage approval\"}")
                .contains("{\"id\":" + p3 + ",\"reason\":\"pinned out\"}");
    }

    @Test
    void infeasibleConstraintsAreA422NamingThem() throws Exception {
        String source = projects(source());
        long p2 = projectId(source, "P2");
        postJson("/api/v1/recovery/portfolio", "{\"budget\":100,\"pinnedIn\":[" + p2 + "]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("pinnedIn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("heritage approval")));
        postJson("/api/v1/recovery/portfolio", "{\"budget\":1000,\"minShareByDistrict\":{\"" + SHEVCHENKIVSKYI
                + "\":0.7,\"Київський\":0.6}}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("minShareByDistrict"));
        postJson("/api/v1/recovery/portfolio", "{\"budget\":1000,\"minShareByDistrict\":{\"Атлантида\":0.1}}")
                .andExpect(status().isBadRequest());
        postJson("/api/v1/recovery/portfolio", "{\"minShareByDistrict\":{}}").andExpect(status().isBadRequest());
    }
}
