package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResidentReportTests {

    static final String ADMIN = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    long shelter() throws Exception {
        String source = "reports-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(multipart("/api/v1/shelters/imports").file(new MockMultipartFile("file", "s.csv", "text/csv",
                        (ShelterImportTests.HEADER + "\nR1,Report me,shelter,,50.01,36.30,50,,open,,,\n")
                                .getBytes(StandardCharsets.UTF_8)))
                .param("source", source).with(httpBasic("admin", ADMIN))).andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/shelters").param("source", source)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(list).get("items").get(0).get("id").asLong();
    }

    @Test
    void aResidentReportWaitsInTheQueueShowsOnTheShelterAndAConfirmedClosedClosesIt() throws Exception {
        long id = shelter();
        String report = mvc.perform(post("/api/v1/shelters/" + id + "/reports").with(r -> {
                    r.setRemoteAddr("10.1.2.3");
                    return r;
                }).contentType(MediaType.APPLICATION_JSON).content("{\"problem\": \"closed\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("pending"))
                .andReturn().getResponse().getContentAsString();
        long reportId = json.readTree(report).get("id").asLong();
        mvc.perform(get("/api/v1/shelters/" + id)).andExpect(jsonPath("$.pendingReports.closed").value(1));
        mvc.perform(get("/api/v1/shelters/reports").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + reportId + ")].problem").value("closed"));
        mvc.perform(post("/api/v1/shelters/reports/" + reportId + "/check").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"confirmed\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("confirmed"));
        mvc.perform(get("/api/v1/shelters/" + id))
                .andExpect(jsonPath("$.status").value("closed"))
                .andExpect(jsonPath("$.pendingReports.closed").value(0));
        mvc.perform(post("/api/v1/shelters/reports/" + reportId + "/check").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"dismissed\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void reportsAskNothingPersonalAndAreValidated() throws Exception {
        long id = shelter();
        mvc.perform(post("/api/v1/shelters/" + id + "/reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"problem\": \"haunted\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("problem"));
        mvc.perform(post("/api/v1/shelters/999999999/reports").with(r -> {
                    r.setRemoteAddr("10.9.9.9");
                    return r;
                }).contentType(MediaType.APPLICATION_JSON).content("{\"problem\": \"full\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void rateLimitAllowsFivePerWindowAndOnePerShelter() {
        Instant start = Instant.parse("2022-03-01T10:00:00Z");
        var clock = new MutableClock(start);
        ReportRateLimit limit = new ReportRateLimit(clock);
        assertThat(limit.tryAcquire("a", 1)).isTrue();
        assertThat(limit.tryAcquire("a", 1)).as("same shelter again").isFalse();
        for (long shelter = 2; shelter <= 5; shelter++) {
            assertThat(limit.tryAcquire("a", shelter)).isTrue();
        }
        assertThat(limit.tryAcquire("a", 6)).as("sixth in the window").isFalse();
        assertThat(limit.tryAcquire("b", 6)).as("another client").isTrue();
        clock.now = start.plus(ReportRateLimit.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(limit.tryAcquire("a", 1)).as("after the window").isTrue();
    }

    @Test
    void tooManyReportsAre429() throws Exception {
        long id = shelter();
        for (int i = 0; i < 2; i++) {
            int status = mvc.perform(post("/api/v1/shelters/" + id + "/reports").with(r -> {
                        r.setRemoteAddr("10.7.7.7");
                        return r;
                    }).contentType(MediaType.APPLICATION_JSON).content("{\"problem\": \"full\"}"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(i == 0 ? 202 : 429);
        }
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
