package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** An oversized import is a 413 and changes nothing (the same context as the shelters' and incidents' tests). */
@SpringBootTest(properties = "vidnova.limits.max-upload=1KB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DamageUploadLimitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oversizedImportIs413() throws Exception {
        StringBuilder csv = new StringBuilder(DamageTestBase.BUILDINGS + "\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("B").append(i).append(",,50.005,36.229,residential,,5,20,,,\n");
        }
        for (String path : new String[] {"buildings", "assessments"}) {
            mvc.perform(post("/api/v1/damage/" + path + "/imports").param("source", "too-big")
                            .with(httpBasic("admin", DamageTestBase.ADMIN)).contentType("text/csv")
                            .content(csv.toString()))
                    .andExpect(status().isPayloadTooLarge())
                    .andExpect(jsonPath("$.status").value(413));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM damage_building WHERE source = 'too-big'").query(Long.class)
                .single()).isZero();
    }
}
