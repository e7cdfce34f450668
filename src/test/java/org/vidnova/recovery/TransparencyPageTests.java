package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The transparency page, the project page's feedback form and the planner's moderation page, server-rendered. */
class TransparencyPageTests extends RecoveryTestBase {

    static final RequestPostProcessor MODERATOR = user("moderator").roles("PLANNER");

    String page(String path, RequestPostProcessor... as) throws Exception {
        var request = get(path);
        for (RequestPostProcessor p : as) {
            request = request.with(p);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long fundedProject() throws Exception {
        String source = source();
        importCsv(source, HEADER + "W1,Лікарня №7: відновлення корпусу,rehabilitation,identification,,9000000,120 beds,S1\n")
                .andExpect(status().isOk());
        long id = projectId(source, "W1");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                "/api/v1/recovery/projects/" + id).contentType("application/json").content("""
                {"status":"implementation","spent":2500000,
                 "funding":[{"kind":"donor","funder":"Фонд прозорості-""" + source + """
                ","amount":9000000}]}""").with(planner())).andExpect(status().isOk());
        return id;
    }

    @Test
    void thePublicPageShowsWhereTheMoneyGoesInBothLanguages() throws Exception {
        long id = fundedProject();
        String uk = page("/recovery/transparency?lang=uk");
        assertThat(uk).contains("Куди йдуть гроші на відбудову").contains("Лікарня №7: відновлення корпусу")
                .contains("id=\"by-status\"").contains("id=\"by-district\"").contains("id=\"by-source\"")
                .contains("/api/v1/recovery/projects.oc4ids.json").contains("/api/v1/recovery/projects.csv")
                .contains("recovery-map").contains("data-id=\"" + id + "\"")
                .contains("охорони культурної спадщини");
        String en = page("/recovery/transparency?lang=en");
        assertThat(en).contains("Where the recovery money goes").contains("Committed, million UAH")
                .contains("heritage protection authority").contains("Фонд прозорості-");
    }

    @Test
    void aResidentSendsFeedbackFromTheProjectPageAndSeesItOnceModerated() throws Exception {
        long id = fundedProject();
        assertThat(page("/recovery/projects/" + id + "?lang=en")).contains("id=\"feedback-form\"")
                .contains("Published: 0 comments, 0 complaints.").contains("_csrf");
        // No CSRF token: refused.
        mvc.perform(post("/recovery/projects/" + id + "/feedback").param("kind", "complaint")
                .param("text", "Корпус стоїть без охорони вночі.")).andExpect(status().isForbidden());
        mvc.perform(post("/recovery/projects/" + id + "/feedback").param("kind", "complaint")
                .param("text", "Подзвоніть: 0501234567").with(csrf()).with(FeedbackApiTests.from("10.8.0.1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("feedbackOutcome", "recovery.feedback.problem.phone"))
                .andExpect(flash().attribute("feedbackText", "Подзвоніть: 0501234567"));
        mvc.perform(post("/recovery/projects/" + id + "/feedback").param("kind", "complaint")
                .param("text", "Корпус стоїть без охорони вночі.").with(csrf()).with(FeedbackApiTests.from("10.8.0.1")))
                .andExpect(redirectedUrl("/recovery/projects/" + id + "#feedback"))
                .andExpect(flash().attribute("feedbackOutcome", "recovery.feedback.sent"));
        long item = jdbc.sql("SELECT id FROM recovery_feedback WHERE project_id = :p").param("p", id)
                .query(Long.class).single();

        mvc.perform(get("/recovery/feedback")).andExpect(status().isUnauthorized());
        assertThat(page("/recovery/feedback?lang=uk", MODERATOR)).contains("Відгуки мешканців: модерація")
                .contains("Корпус стоїть без охорони вночі.").contains("data-id=\"" + item + "\"");
        mvc.perform(post("/recovery/feedback/" + item + "/moderation").param("decision", "publish")
                .param("answer", "Охорону поставлено з 20 листопада.").with(csrf()).with(MODERATOR))
                .andExpect(redirectedUrl("/recovery/feedback"));

        assertThat(page("/recovery/projects/" + id + "?lang=uk")).contains("Опубліковано: коментарів 0, скарг 1.")
                .contains("Корпус стоїть без охорони вночі.").contains("Охорону поставлено з 20 листопада.");
        assertThat(page("/recovery/transparency?lang=en")).containsPattern(
                "data-id=\"" + id + "\"[\\s\\S]*?<td class=\"num complaints\">1</td>");
    }
}
