package org.vidnova.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An unexpected failure is a 500 problem with a reference to the log, and nothing of its internals. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(UnexpectedErrorTests.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTests {

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test-failure")
        String fail() {
            throw new IllegalStateException("SELECT secret FROM victims WHERE name = 'Коваленко'");
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void unexpectedErrorIsAnOpaque500Problem(CapturedOutput log) throws Exception {
        mvc.perform(get("/api/v1/test-failure").with(httpBasic("admin", "test-admin-password-1234")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.reference").exists())
                .andExpect(content().string(not(containsString("SELECT"))))
                .andExpect(content().string(not(containsString("Коваленко"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
        org.assertj.core.api.Assertions.assertThat(log.getAll()).contains("IllegalStateException")
                .doesNotContain("Коваленко");
    }
}
