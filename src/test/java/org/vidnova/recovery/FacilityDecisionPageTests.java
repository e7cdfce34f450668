package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The facility pages rendered by the server: the public list, the decision page, and the planner's form. */
class FacilityDecisionPageTests extends FacilityDecisionTestBase {

    static RequestPostProcessor aPlanner() {
        return user("page-planner").roles("PLANNER");
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path) throws Exception {
        return page(get(path));
    }

    @Test
    void theListShowsTheDamagedFacilitiesInBothLanguagesAndIsLinkedFromRecovery() throws Exception {
        String uk = page("/recovery/facilities?lang=uk");
        assertThat(uk).contains("Пошкоджені заклади: рішення").contains("Школа №7").contains("школа ·")
                .contains("data-id=\"" + school7 + "\"").doesNotContain("data-id=\"" + school8 + "\"")
                .contains("зруйновано").contains("можна відновити");
        assertThat(page("/recovery/facilities?lang=en")).contains("Damaged facilities: decisions")
                .contains("destroyed").contains("not yet");
        assertThat(page("/recovery/facilities?use=kindergarten&lang=en")).doesNotContain("data-id=\"" + school7 + "\"");
        assertThat(page("/recovery?lang=en")).contains("id=\"facilities-link\"");
        mvc.perform(get("/recovery/facilities?use=nope")).andExpect(status().isBadRequest());
    }

    @Test
    void theDecisionPageShowsTheEvidenceAndTheFormOnlyToAPlanner() throws Exception {
        String en = page("/recovery/facilities/" + school7 + "?lang=en");
        assertThat(en).contains("id=\"evidence\"").contains("id=\"decisions\"").contains("commission:destroyed")
                .contains("can be rebuilt").contains("Школа №8").contains("400 pupils").contains("upper bound")
                .contains("No decision yet.").doesNotContain("decision-form");
        assertThat(page("/recovery/facilities/" + school7 + "?lang=uk")).contains("Підстави")
                .contains("Рішення ще не ухвалено.");
        assertThat(page(get("/recovery/facilities/" + school7 + "?lang=en").with(aPlanner())))
                .contains("id=\"decision-form\"").contains("data-id=\"" + school8 + "\"");
        // a usable facility can be read but has nothing to decide
        assertThat(page(get("/recovery/facilities/" + school8 + "?lang=en").with(aPlanner())))
                .doesNotContain("decision-form");
        mvc.perform(get("/recovery/facilities/" + home)).andExpect(status().isNotFound());
    }

    @Test
    void aPlannerDecidesThroughTheFormAndAMistakeIsNamed() throws Exception {
        String bad = page(post("/recovery/facilities/" + school7 + "/decisions?lang=en").with(aPlanner()).with(csrf())
                .param("decision", "merge").param("reason", "Школа №8 поруч"));
        assertThat(bad).contains("decision-errors").contains("mergeTarget");
        mvc.perform(post("/recovery/facilities/" + school7 + "/decisions").with(aPlanner()).with(csrf())
                .param("decision", "merge").param("mergeTarget", String.valueOf(school8))
                .param("costEstimate", "2 500 000").param("reason", "Школа №8 поруч"))
                .andExpect(redirectedUrl("/recovery/facilities/" + school7 + "?saved"));
        String after = page(get("/recovery/facilities/" + school7 + "?saved&lang=en").with(aPlanner()));
        assertThat(after).contains("Decision recorded.").contains("Decision in force: merge into another → Школа №8")
                .contains("2 500 000").contains("page-planner");
        assertThat(page("/recovery/facilities/" + school7 + "?lang=en")).doesNotContain("page-planner")
                .contains("Школа №8 поруч");
        mvc.perform(post("/recovery/facilities/" + school7 + "/decisions").with(user("a").roles("ANALYST"))
                .with(csrf()).param("decision", "repair").param("reason", "x")).andExpect(status().isForbidden());
    }
}
