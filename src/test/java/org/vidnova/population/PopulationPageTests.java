package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The population page over MockMvc: the series it carries, both languages, a bad period. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PopulationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    String page(String query) throws Exception {
        return mvc.perform(get("/population?" + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theChartCarriesTheDistrictSeriesAndReturns() throws Exception {
        LocalDate d = PopulationFlowTests.day();
        mvc.perform(post("/api/v1/population/registrations/imports").param("source", PopulationFlowTests.source())
                .with(httpBasic("admin", PopulationFlowTests.ADMIN)).contentType("text/csv")
                .content(PopulationFlowTests.REGISTRATIONS + "\nG1," + d + ",Osnovianskyi,returned,4,\n"))
                .andExpect(status().isOk());
        // As staff: the public's page holds a single household back (PopulationFlowTests shows how).
        String html = mvc.perform(get("/population?lang=en&district=Osnovianskyi&from=" + d.minusDays(1) + "&to=" + d)
                .with(user("analyst").roles("ANALYST"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("How many people are in the city").contains("Returns and housing");
        String attr = html.substring(html.indexOf("data-series=\"") + 13);
        attr = attr.substring(0, attr.indexOf('"')).replace("&quot;", "\"");
        JsonNode series = json.readTree(attr);
        assertThat(series.get("labels").size()).isEqualTo(2);
        assertThat(series.get("returns").get(1).asLong()).isEqualTo(4);
        assertThat(series.get("estimate").get(1).asLong() - series.get("estimate").get(0).asLong()).isEqualTo(4);

        assertThat(page("lang=uk")).contains("Скільки людей у місті").contains("Повернення і житло");
        assertThat(page("lang=en&from=2030-01-02&to=2030-01-01")).contains("The period was not valid");
    }
}
