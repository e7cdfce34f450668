package org.vidnova.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Linkage through the API, end to end: generated lists (synthetic people, Ukrainian, Russian and Latin spellings,
 * known truth) are imported list by list, an analyst runs the linkage, and the persons the API reports agree with
 * the truth; reviewers' decisions survive the next run; public counts hide cells under 3.
 */
class LinkageApiTests extends GeneratedListsTestBase {

    @Test
    void thePersonsTheApiReportsAgreeWithTheTruth() throws Exception {
        JsonNode counts = run();
        assertThat(counts.get("records").asInt()).isGreaterThanOrEqualTo(truth.size());
        for (String field : List.of("candidatePairs", "matches", "possibleMatches", "persons", "millis")) {
            assertThat(counts.has(field)).as(field).isTrue();
        }
        Map<String, String> person = links();
        assertThat(person).hasSize(truth.size());
        // Pairwise precision and recall over this test's reports.
        List<String> keys = List.copyOf(person.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                boolean same = truth.get(keys.get(i)).equals(truth.get(keys.get(j)));
                boolean linked = person.get(keys.get(i)).equals(person.get(keys.get(j)));
                tp += same && linked ? 1 : 0;
                fp += !same && linked ? 1 : 0;
                fn += same && !linked ? 1 : 0;
            }
        }
        double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        assertThat(f1).as("tp %d fp %d fn %d", tp, fp, fn).isGreaterThan(0.95);

        // A person's page shows the reports linked to them, side by side.
        String someone = person.values().iterator().next();
        JsonNode page = body(mvc.perform(get("/api/v1/casualties/persons/" + someone).with(ANALYST)));
        assertThat(page.get("person").get("id").asString()).isEqualTo(someone);
        assertThat(page.get("reports").size()).isEqualTo(page.get("person").get("reports").asInt());
        page.get("reports").forEach(r -> assertThat(r.get("familyName")).isNotNull());
    }

    @Test
    void aReviewersDecisionIsKeptByTheNextRun() throws Exception {
        run();
        Map<String, String> person = links();
        // Two reports the run put together, and two it kept apart.
        String[] together = null;
        String[] apart = null;
        List<String> keys = List.copyOf(person.keySet());
        for (int i = 0; i < keys.size() && (together == null || apart == null); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                boolean linked = person.get(keys.get(i)).equals(person.get(keys.get(j)));
                if (linked && together == null) {
                    together = new String[] {keys.get(i), keys.get(j)};
                } else if (!linked && apart == null) {
                    apart = new String[] {keys.get(i), keys.get(j)};
                }
            }
        }
        long togetherReview = review(together);
        long apartReview = review(apart);
        JsonNode shown = body(mvc.perform(get("/api/v1/casualties/reviews/" + togetherReview).with(ANALYST)));
        assertThat(shown.get("reports").size()).isEqualTo(2);
        mvc.perform(post("/api/v1/casualties/reviews/" + togetherReview).with(ANALYST)
                .contentType("application/json").content("{\"decision\":\"different\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/casualties/reviews/" + apartReview).with(ANALYST)
                .contentType("application/json").content("{\"decision\":\"same\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/casualties/reviews/" + apartReview).with(ANALYST)
                .contentType("application/json").content("{\"decision\":\"maybe\"}"))
                .andExpect(status().isBadRequest());

        run();
        Map<String, String> after = links();
        assertThat(after.get(together[0])).isNotEqualTo(after.get(together[1]));
        assertThat(after.get(apart[0])).isEqualTo(after.get(apart[1]));
        // Decided pairs stay decided; they are listed apart from the queue.
        JsonNode decided = body(mvc.perform(get("/api/v1/casualties/reviews").param("decided", "true")
                .param("size", "500").with(ANALYST)));
        Set<Long> ids = new HashSet<>();
        decided.get("items").forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).contains(togetherReview, apartReview);
    }

    @Test
    void publicCountsHideSmallCellsAndAnalystsSeeThem() throws Exception {
        run();
        JsonNode open = body(mvc.perform(get("/api/v1/casualties/counts").param("by", "day")));
        JsonNode full = body(mvc.perform(get("/api/v1/casualties/counts").param("by", "day").with(ANALYST)));
        assertThat(open.get("suppressedBelow").asInt()).isEqualTo(3);
        assertThat(open.get("rows").size()).isEqualTo(full.get("rows").size());
        int hidden = 0;
        for (int i = 0; i < open.get("rows").size(); i++) {
            JsonNode o = open.get("rows").get(i);
            JsonNode f = full.get("rows").get(i);
            for (String field : List.of("reports", "persons")) {
                if (o.get(field).isString()) {
                    assertThat(o.get(field).asString()).isEqualTo("<3");
                    assertThat(f.get(field).asLong()).isBetween(1L, 2L);
                    hidden++;
                } else {
                    assertThat(o.get(field).asLong()).isEqualTo(f.get(field).asLong()).isNotIn(1L, 2L);
                }
            }
        }
        assertThat(hidden).isPositive();
        // The CSV of open data follows the same rule, row for row, under its HXL hashtags.
        List<String> csv = mvc.perform(get("/api/v1/casualties/counts.csv").param("by", "day").param("hxl", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().lines().toList();
        assertThat(csv.get(0)).isEqualTo("day,reports,persons");
        assertThat(csv.get(1).replace("\"", "")).isEqualTo("#date,#affected+reports,#affected+persons");
        assertThat(csv).hasSize(open.get("rows").size() + 2);
        for (int i = 0; i < open.get("rows").size(); i++) {
            JsonNode o = open.get("rows").get(i);
            assertThat(csv.get(i + 2)).isEqualTo(String.join(",", o.get("day").isNull() ? "" : o.get("day").asString(),
                    o.get("reports").asString(), o.get("persons").asString()));
        }
        mvc.perform(get("/api/v1/casualties/counts").param("by", "name")).andExpect(status().isBadRequest());
        // No names in what the public sees.
        assertThat(open.toString()).doesNotContain("familyName");
    }

    @Test
    void theEstimateIsNeverBelowTheDocumentedAndSaysHowItWasMade() throws Exception {
        run();
        JsonNode counts = body(mvc.perform(get("/api/v1/casualties/counts").param("by", "status").with(ANALYST)));
        long killed = 0;
        for (JsonNode row : counts.get("rows")) {
            if ("killed".equals(row.get("status").asString())) {
                killed = row.get("persons").asLong();
            }
        }
        JsonNode city = body(mvc.perform(get("/api/v1/casualties/estimate").param("status", "killed")));
        assertThat(city.get("city").get("documented").asLong()).isEqualTo(killed);
        assertThat(city.get("city").get("method").asString()).contains("multiple systems estimation");
        assertThat(city.get("lists").size()).isBetween(2, 5);
        if (!city.get("city").get("estimate").isNull()) {
            double estimate = city.get("city").get("estimate").asDouble();
            assertThat(estimate).isGreaterThanOrEqualTo(killed);
            assertThat(city.get("city").get("ci95").get(0).asDouble()).isBetween((double) killed, estimate);
        } else {
            assertThat(city.get("warnings").size()).isPositive();
        }

        JsonNode byDistrict = body(mvc.perform(get("/api/v1/casualties/estimate").param("stratify", "district")
                .with(ANALYST)));
        long documented = 0;
        for (JsonNode stratum : byDistrict.get("strata")) {
            documented += stratum.get("documented").asLong();
        }
        assertThat(documented).isEqualTo(byDistrict.get("city").get("documented").asLong()).isEqualTo(killed);
        mvc.perform(get("/api/v1/casualties/estimate").param("stratify", "street")).andExpect(status().isBadRequest());
    }
}
