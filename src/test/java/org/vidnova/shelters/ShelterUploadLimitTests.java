package org.vidnova.shelters;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** An oversized upload is a 413 and changes nothing. */
@SpringBootTest(properties = "vidnova.limits.max-upload=1KB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShelterUploadLimitTests {

    @Autowired
    MockMvc mvc;

    @Test
    void oversizedUploadIs413() throws Exception {
        StringBuilder csv = new StringBuilder(ShelterImportTests.HEADER + "\n");
        for (int i = 0; i < 100; i++) {
            csv.append("L").append(i).append(",Shelter ").append(i).append(",shelter,,50.0,36.25,,,open,,,\n");
        }
        mvc.perform(post("/api/v1/shelters/imports").param("source", "too-big")
                        .with(httpBasic("admin", ShelterImportTests.ADMIN)).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413));
    }
}
