package org.vidnova.population;

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

import static org.assertj.core.api.Assertions.assertThat;

/** An oversized upload is a 413 and changes nothing (same context as the shelters' limit test). */
@SpringBootTest(properties = "vidnova.limits.max-upload=1KB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PopulationUploadLimitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oversizedUploadsAre413AndChangeNothing() throws Exception {
        StringBuilder csv = new StringBuilder(PopulationFlowTests.REGISTRATIONS + "\n");
        for (int i = 0; i < 100; i++) {
            csv.append("L").append(i).append(",2041-05-05,Saltivskyi,left,2,Kyiv\n");
        }
        for (String kind : new String[] {"registrations", "counts"}) {
            mvc.perform(post("/api/v1/population/" + kind + "/imports").param("source", "pop-too-big")
                            .with(httpBasic("admin", PopulationFlowTests.ADMIN)).contentType("text/csv")
                            .content(csv.toString()))
                    .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.status").value(413));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM population_registration WHERE source = 'pop-too-big'")
                .query(Long.class).single()).isZero();
    }
}
