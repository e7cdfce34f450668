package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** Citizens' feedback over HTTP: sent anonymously, moderated by a planner, public only once published. */
class FeedbackApiTests extends RecoveryTestBase {

    /** Each test sends from addresses of its own, so that the rate limit of one does not touch another. */
    static final AtomicInteger ADDRESS = new AtomicInteger();

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        return "10.9." + ADDRESS.incrementAndGet() / 250 + "." + ADDRESS.get() % 250;
    }

    long project() throws Exception {
        String source = source();
        importCsv(source, HEADER + "F1,Школа №1: дах,rehabilitation,identification,,3000000,500 pupils,S1\n")
                .andExpect(status().isOk());
        return projectId(source, "F1");
    }

    ResultActions send(long project, String body, String address) throws Exception {
        return mvc.perform(post("/api/v1/recovery/projects/" + project + "/feedback")
                .contentType(MediaType.APPLICATION_JSON).content(body).with(from(address)));
    }

    ResultActions moderate(long id, String body) throws Exception {
        return postJson("/api/v1/recovery/feedback/" + id + "/moderation", body);
    }

    @Test
    void aComplaintWaitsThenIsPublishedWithTheCitysAnswer() throws Exception {
        long project = project();
        JsonNode sent = read(send(project, """
                {"kind":"complaint","text":"Роботи стоять третій місяць, вікна не закриті.","language":"uk"}""",
                newAddress()).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("waiting")));
        long id = sent.get("id").asLong();
        mvc.perform(get("/api/v1/recovery/projects/" + project + "/feedback")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.complaints").value(0));
        JsonNode queue = read(mvc.perform(get("/api/v1/recovery/feedback?status=waiting").with(planner()))
                .andExpect(status().isOk()));
        assertThat(queue.toString()).contains("Роботи стоять третій місяць");

        moderate(id, """
                {"decision":"publish","answer":"Підрядник отримав вимогу відновити роботи до 1 грудня."}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("published"));

        JsonNode published = getJson("/api/v1/recovery/projects/" + project + "/feedback");
        assertThat(published.get("complaints").asLong()).isEqualTo(1);
        assertThat(published.get("comments").asLong()).isEqualTo(0);
        JsonNode item = published.get("items").get(0);
        assertThat(item.get("text").asString()).isEqualTo("Роботи стоять третій місяць, вікна не закриті.");
        assertThat(item.get("answer").asString()).startsWith("Підрядник");
        assertThat(item.get("answeredAt").isNull()).isFalse();
        // Who moderated stays internal.
        assertThat(published.toString()).doesNotContain(PLANNER).doesNotContain("moderatedBy");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'recovery_feedback'"
                + " AND entity_id = :id").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRejectionNeedsAReasonAndStaysPrivate() throws Exception {
        long project = project();
        long id = read(send(project, """
                {"kind":"comment","text":"Це все брехня і корупція, всіх звільнити!","language":"uk"}""",
                newAddress()).andExpect(status().isAccepted())).get("id").asLong();
        moderate(id, "{\"decision\":\"reject\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        moderate(id, "{\"decision\":\"reject\",\"reason\":\"образи без змісту\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("rejected"));
        mvc.perform(get("/api/v1/recovery/projects/" + project + "/feedback"))
                .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.comments").value(0));
        moderate(id, "{\"decision\":\"publish\"}").andExpect(status().isConflict());
    }

    @Test
    void contactDetailsAreRefusedWithTheReasonAndNothingIsKept() throws Exception {
        long project = project();
        String address = newAddress();
        send(project, """
                {"kind":"comment","text":"Подзвоніть мені: 050-123-45-67, розкажу про тріщини.","language":"uk"}""",
                address).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("phone")));
        send(project, """
                {"kind":"comment","text":"Пишіть на ivan.petrenko@ukr.net щодо тріщин","language":"uk"}""",
                address).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("e-mail")));
        send(project, "{\"kind\":\"praise\",\"text\":\"Дуже добре, дякуємо місту\"}", address)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        send(999_999_999L, "{\"kind\":\"comment\",\"text\":\"Дуже добре, дякуємо місту\"}", address)
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_feedback WHERE project_id = :p").param("p", project)
                .query(Long.class).single()).isZero();
    }

    @Test
    void oneDeviceIsRateLimitedAndOthersAreNot() throws Exception {
        long project = project();
        String address = newAddress();
        String body = "{\"kind\":\"comment\",\"text\":\"Коли відкриють укриття в школі?\"}";
        for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) {
            send(project, body, address).andExpect(status().isAccepted());
        }
        send(project, body, address).andExpect(status().isTooManyRequests());
        send(project, body, newAddress()).andExpect(status().isAccepted());
    }

    @Test
    void onlyPlannersModerate() throws Exception {
        mvc.perform(get("/api/v1/recovery/feedback")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/recovery/feedback/1/moderation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"publish\"}")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/recovery/feedback?status=everything").with(planner()))
                .andExpect(status().isBadRequest());
    }
}
