package org.vidnova.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The casualties pages: the public estimate shows the API's figures in both languages with no personal data; the
 * analysts' pages show a person's reports side by side and take a review decision in one click.
 */
class CasualtyPageTests extends GeneratedListsTestBase {

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicPageShowsTheApisFiguresInBothLanguagesAndNoNames() throws Exception {
        run();
        JsonNode api = body(mvc.perform(get("/api/v1/casualties/estimate").param("stratify", "district")));
        String uk = page("/casualties", null);
        String en = page("/casualties?lang=en", null);
        assertThat(uk).contains("Загиблі: задокументовано й оцінено");
        assertThat(en).contains("Killed: documented and estimated");
        assertThat(en).contains("data-documented=\"" + api.get("city").get("documented").asLong() + "\"");
        for (JsonNode stratum : api.get("strata")) {
            if (!stratum.get("stratum").isNull()) {
                assertThat(en).contains("data-code=\"" + stratum.get("stratum").asString() + "\"");
            }
        }
        String anyName = jdbc.sql("SELECT family_name FROM casualties_report WHERE source_code LIKE :p"
                + " AND family_name IS NOT NULL FETCH FIRST 1 ROWS ONLY").param("p", prefix + "%")
                .query(String.class).single();
        assertThat(uk).doesNotContain(anyName);
        assertThat(page("/casualties/method?lang=en", null)).contains("Unequal visibility");
        assertThat(page("/casualties/method", null)).contains("Неоднакова помітність");
    }

    @Test
    void anAnalystSeesAPersonsReportsSideBySideAndDecidesAPairInOneClick() throws Exception {
        run();
        Map<String, String> person = links();
        String id = person.values().stream().filter(p -> person.values().stream().filter(p::equals).count() > 1)
                .findFirst().orElseThrow();
        String html = page("/casualties/persons/" + id + "?lang=en", ANALYST);
        assertThat(html).contains("Person " + id).contains("Family name").contains("side-by-side");
        mvc.perform(get("/casualties/persons/" + id).with(user("olena").roles("REGISTRAR")))
                .andExpect(status().isForbidden());
        assertThat(page("/casualties/persons?status=killed", ANALYST)).contains("id=\"person-").contains("/casualties/persons/");

        List<String> keys = List.copyOf(person.keySet());
        long review = review(new String[] {keys.get(0), keys.get(1)});
        // First in the queue, which shows the most probable pairs first.
        jdbc.sql("UPDATE casualties_review SET probability = 1.0 WHERE id = :id").param("id", review).update();
        String queue = page("/casualties/reviews?lang=en", ANALYST);
        assertThat(queue).contains("review-" + review).contains("Same person");
        mvc.perform(post("/casualties/reviews/" + review).with(ANALYST).with(csrf()).param("decision", "different"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT decision FROM casualties_review WHERE id = :id").param("id", review)
                .query(String.class).single()).isEqualTo("different");
        assertThat(page("/casualties/reviews", ANALYST)).doesNotContain("review-" + review + "\"");
    }
}
