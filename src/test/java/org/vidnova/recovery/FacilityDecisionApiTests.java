package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.vidnova.population.PopulationFigures;

import tools.jackson.databind.JsonNode;

/** Facility decisions over HTTP: the public list and evidence, a planner's decisions and their history. */
class FacilityDecisionApiTests extends FacilityDecisionTestBase {

    @Autowired
    PopulationFigures population;

    JsonNode item(JsonNode list, long id) {
        for (JsonNode i : list.get("items")) {
            if (i.get("id").asLong() == id) {
                return i;
            }
        }
        return null;
    }

    List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void theListHoldsTheDamagedFacilitiesWithTheirStateAndCapacity() throws Exception {
        JsonNode list = getJson("/api/v1/recovery/facilities?size=1000");
        // one facility per institution, named by its lowest building; the usable and the residential are left out
        assertThat(ids(list)).contains(school7, school10).doesNotContain(school7b, school8, school9, kindergarten,
                home);
        JsonNode seven = item(list, school7);
        assertThat(seven.get("name").asString()).isEqualTo("Школа №7");
        assertThat(seven.get("use").asString()).isEqualTo("school");
        assertThat(seven.get("grade").asInt()).isEqualTo(4);
        assertThat(seven.get("state").asString()).isEqualTo("destroyed");
        // one block says it can be rebuilt
        assertThat(seven.get("rebuildable").asString()).isEqualTo("yes");
        assertThat(seven.get("capacity").asInt()).isEqualTo(600);
        assertThat(seven.get("capacityKind").asString()).isEqualTo("pupils");
        assertThat(seven.get("district").isNull()).isFalse();
        assertThat(seven.get("decision").isNull()).isTrue();
        assertThat(item(list, school10).get("rebuildable").asString()).isEqualTo("unknown");

        String district = seven.get("district").asString();
        assertThat(ids(getJson("/api/v1/recovery/facilities?size=1000&use=school&decided=false&district=" + district)))
                .contains(school7);
        assertThat(ids(getJson("/api/v1/recovery/facilities?size=1000&use=kindergarten"))).doesNotContain(school7);
        assertThat(ids(getJson("/api/v1/recovery/facilities?size=1000&decided=true"))).doesNotContain(school7);
        for (String[] bad : new String[][] {{"district", "Атлантида"}, {"use", "residential"}, {"decided", "maybe"}}) {
            JsonNode problem = read(mvc.perform(get("/api/v1/recovery/facilities").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest()));
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad[0]);
        }
    }

    @Test
    void theEvidenceShowsAssessmentCatchmentAndTheSpareCapacityNearby() throws Exception {
        // any building of the facility leads to it
        JsonNode e = getJson("/api/v1/recovery/facilities/" + school7b);
        assertThat(e.get("facility").get("id").asLong()).isEqualTo(school7);
        assertThat(e.get("buildings")).hasSize(2);
        JsonNode a = e.get("assessment");
        assertThat(a.get("buildingId").asLong()).isEqualTo(school7);
        assertThat(a.get("grade").asInt()).isEqualTo(4);
        assertThat(a.get("nativeClass").asString()).isEqualTo("commission:destroyed");
        assertThat(a.get("assessor").asString()).isEqualTo("commission");
        assertThat(e.get("rebuildable").asString()).isEqualTo("yes");

        JsonNode c = e.get("catchment");
        String district = e.get("facility").get("district").asString();
        long present = population.asOf(java.time.LocalDate.parse(c.get("day").asString())).districts().stream()
                .filter(p -> p.district().equals(district)).findFirst().orElseThrow().estimate();
        assertThat(c.get("districtPeople").asLong()).isEqualTo(present);
        double share = c.get("share").asDouble();
        assertThat(share).isGreaterThan(0).isLessThanOrEqualTo(1);
        int schools = c.get("facilities").asInt();
        assertThat(schools).isGreaterThanOrEqualTo(2);
        if (c.get("method").asString().equals("equal")) {
            // a school of the district has no capacity (schools 9 and 10 have none, unless a border parts them)
            assertThat(share).isCloseTo(1.0 / schools, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(c.get("people").asLong()).isEqualTo(Math.round(present / (double) schools));
        } else {
            assertThat(c.get("method").asString()).isEqualTo("capacity");
            assertThat(c.get("people").asLong()).isCloseTo(Math.round(present * share),
                    org.assertj.core.data.Offset.offset(Math.max(1L, present / 10000)));
        }
        assertThat(c.get("low").asLong()).isLessThanOrEqualTo(c.get("people").asLong());

        JsonNode spare = e.get("spare");
        assertThat(spare.get("k").asInt()).isEqualTo(3);
        assertThat(spare.get("occupancyKnown").asBoolean()).isFalse();
        JsonNode nearest = spare.get("nearest");
        // school 8 (200 m, 400 pupils) then school 9 (1.5 km); school 10 is destroyed, school 7 is itself
        assertThat(nearest.get(0).get("id").asLong()).isEqualTo(school8);
        assertThat(nearest.get(0).get("distanceMeters").asLong()).isBetween(170L, 230L);
        assertThat(nearest.get(0).get("capacity").asInt()).isEqualTo(400);
        assertThat(nearest.get(1).get("id").asLong()).isEqualTo(school9);
        assertThat(nearest.get(1).get("distanceMeters").asLong()).isBetween(1400L, 1600L);
        List<Long> near = new ArrayList<>();
        nearest.forEach(n -> near.add(n.get("id").asLong()));
        assertThat(near).doesNotContain(school7, school10, kindergarten, home);
        // school 9 has no capacity: it is not counted, and said so
        long known = 0;
        int unknown = 0;
        for (JsonNode n : nearest) {
            if (n.get("capacity").isNull()) {
                unknown++;
            } else {
                known += n.get("capacity").asLong();
            }
        }
        assertThat(unknown).isGreaterThanOrEqualTo(1);
        assertThat(spare.get("unknownCapacity").asInt()).isEqualTo(unknown);
        assertThat(spare.get("total").asLong()).isEqualTo(known).isGreaterThanOrEqualTo(400);
        assertThat(e.get("cost").get("cost").isNull()).isTrue();
        assertThat(e.get("decisions")).isEmpty();

        // a facility that is no facility, or no building at all
        mvc.perform(get("/api/v1/recovery/facilities/" + home)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recovery/facilities/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aPlannersDecisionsAreKeptAsAHistoryAndAudited() throws Exception {
        String projects = source();
        importCsv(projects, HEADER + "F1,Школа №7: новий корпус,construction,identification,,5000000,600 pupils,\n")
                .andExpect(status().isOk());
        long project = projectId(projects, "F1");

        JsonNode first = read(postJson(decisionsPath(school7), """
                {"decision":"rebuild","costEstimate":12000000,"reason":"Корпус Б можна відновити; 600 учнів"}""")
                .andExpect(status().isCreated()));
        assertThat(first.get("decisions")).hasSize(1);
        assertThat(first.get("cost").get("cost").asLong()).isEqualTo(12_000_000);
        assertThat(first.get("cost").get("basis").asString()).isEqualTo("estimate");

        JsonNode second = read(postJson(decisionsPath(school7b), """
                {"decision":"merge","mergeTarget":%d,"reason":"Школа №8 за 200 м має місця","projectIds":[%d]}"""
                .formatted(school8, project)).andExpect(status().isCreated()));
        JsonNode history = second.get("decisions");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("decision").asString()).isEqualTo("merge");
        assertThat(history.get(0).get("mergeTarget").asLong()).isEqualTo(school8);
        assertThat(history.get(0).get("mergeTargetName").asString()).isEqualTo("Школа №8");
        assertThat(history.get(0).get("projectIds").get(0).asLong()).isEqualTo(project);
        assertThat(history.get(0).get("decidedBy").asString()).isEqualTo(PLANNER);
        assertThat(history.get(1).get("decision").asString()).isEqualTo("rebuild");
        // the decision in force names a project and no estimate: the cost is the project's
        assertThat(second.get("cost").get("cost").asLong()).isEqualTo(5_000_000);
        assertThat(second.get("cost").get("basis").asString()).isEqualTo("projects");

        // the public sees what and why, not the login of who typed it in
        JsonNode anonymous = getJson("/api/v1/recovery/facilities/" + school7);
        assertThat(anonymous.get("decisions")).hasSize(2);
        assertThat(anonymous.get("decisions").get(0).has("decidedBy")).isFalse();
        assertThat(anonymous.toString()).doesNotContain(PLANNER);
        JsonNode listed = item(getJson("/api/v1/recovery/facilities?size=1000&decided=true"), school7);
        assertThat(listed.get("decision").get("decision").asString()).isEqualTo("merge");

        JsonNode relocated = read(postJson(decisionsPath(school10), """
                {"decision":"relocate","relocateDistrict":"Шевченківський","relocateLat":50.01,"relocateLon":36.22,
                 "reason":"Ділянку забирає розширення дороги"}""").andExpect(status().isCreated()));
        assertThat(relocated.get("decisions").get(0).get("relocateDistrict").asString())
                .isEqualTo(RecoveryApiTests.SHEVCHENKIVSKYI);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'recovery_facility_decision' AND "
                + "entity_id IN (:ids)").param("ids", List.of(history.get(0).get("id").asString(),
                        history.get(1).get("id").asString())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBadDecisionIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        String[][] cases = {
            {"{\"decision\":\"renovate\",\"reason\":\"x\"}", "decision"},
            {"{\"decision\":\"rebuild\"}", "reason"},
            {"{\"decision\":\"rebuild\",\"reason\":\"  \"}", "reason"},
            {"{\"decision\":\"rebuild\",\"reason\":\"x\",\"costEstimate\":-1}", "costEstimate"},
            {"{\"decision\":\"merge\",\"reason\":\"x\"}", "mergeTarget"},
            {"{\"decision\":\"merge\",\"reason\":\"x\",\"mergeTarget\":" + kindergarten + "}", "mergeTarget"},
            {"{\"decision\":\"merge\",\"reason\":\"x\",\"mergeTarget\":" + school7b + "}", "mergeTarget"},
            {"{\"decision\":\"merge\",\"reason\":\"x\",\"mergeTarget\":" + home + "}", "mergeTarget"},
            {"{\"decision\":\"repair\",\"reason\":\"x\",\"mergeTarget\":" + school8 + "}", "mergeTarget"},
            {"{\"decision\":\"relocate\",\"reason\":\"x\",\"relocateDistrict\":\"Атлантида\"}", "relocateDistrict"},
            {"{\"decision\":\"relocate\",\"reason\":\"x\",\"relocateLat\":50.0}", "relocateLon"},
            {"{\"decision\":\"relocate\",\"reason\":\"x\",\"relocateLat\":91,\"relocateLon\":36}", "relocateLat"},
            {"{\"decision\":\"repair\",\"reason\":\"x\",\"relocateDistrict\":\"Шевченківський\"}", "relocateDistrict"},
            {"{\"decision\":\"repair\",\"reason\":\"x\",\"projectIds\":[999999999]}", "projectIds"},
        };
        for (String[] c : cases) {
            JsonNode problem = read(postJson(decisionsPath(school7), c[0]).andExpect(status().isBadRequest()));
            assertThat(problem.get("errors").get(0).get("field").asString()).as(c[0]).isEqualTo(c[1]);
        }
        // a usable facility has nothing to decide; a home is no facility
        JsonNode conflict = read(postJson(decisionsPath(school8), "{\"decision\":\"repair\",\"reason\":\"x\"}")
                .andExpect(status().isConflict()));
        assertThat(conflict.get("errors").get(0).get("field").asString()).isEqualTo("buildingId");
        postJson(decisionsPath(home), "{\"decision\":\"demolish\",\"reason\":\"x\"}").andExpect(status().isNotFound());
        // only a planner decides
        String ok = "{\"decision\":\"repair\",\"reason\":\"x\"}";
        mvc.perform(post(decisionsPath(school7)).contentType(MediaType.APPLICATION_JSON).content(ok))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_facility_decision WHERE facility_id = :f")
                .param("f", school7).query(Long.class).single()).isZero();
        assertThat(getJson("/api/v1/recovery/facilities/" + school7).get("decisions")).isEmpty();
    }
}
