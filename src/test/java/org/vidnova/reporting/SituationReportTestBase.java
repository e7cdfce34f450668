package org.vidnova.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidnova.geo.Districts;

/**
 * What the report suites share: one application context, MockMvc, and strikes imported through the API. The
 * suites keep to the 1990s, which no other suite uses, so a report of such a day sees only its own strikes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class SituationReportTestBase {

    static final String ADMIN = "test-admin-password-1234";
    static final String HEADER = "external_id,occurred_at,type,lat,lon,killed,injured,source,description";
    /** A point in the city (the district is looked up, not assumed). */
    static final double LAT = 50.005;
    static final double LON = 36.229;

    @Autowired
    MockMvc mvc;
    @Autowired
    Districts districts;

    /** Imports strikes at the test point at the given times (ISO with offset) into a fresh source. */
    void strikes(String... times) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < times.length; i++) {
            csv.append("R").append(i).append(',').append(times[i]).append(",other,").append(LAT).append(',')
                    .append(LON).append(",,,,\n");
        }
        mvc.perform(post("/api/v1/incidents/imports").param("source", "report-" + UUID.randomUUID()
                        .toString().substring(0, 8)).with(httpBasic("admin", ADMIN))
                        .contentType("text/csv").content(csv.toString()))
                .andExpect(status().isOk());
    }

    String district() {
        return districts.locate(LAT, LON).orElseThrow().code();
    }
}
