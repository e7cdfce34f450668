package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The public damage page shows the indicators the API gives, for the same day, in Ukrainian and English. */
class DamagePageTests extends DamageTestBase {

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageShowsTheApisIndicatorsForTheDay() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\n"
                + "P1,,50.005,36.229,residential,,9,60,,,\n"
                + "P2,,49.95,36.30,school,,3,0,,,\n");
        assessments(source, ASSESSMENTS + "\n"
                + "Q1,,P1,2020-05-01,commission,commission:destroyed,,,false,no,,\n"
                + "Q2,,P2,2020-05-01,inspector,ems98:2,,,true,yes,,\n");
        JsonNode api = getJson("/api/v1/damage/indicators?asOf=2020-06-01");
        String html = page("/damage?asOf=2020-06-01&lang=en");
        JsonNode city = api.get("city");
        assertThat(html).contains("Damage to homes and facilities")
                .contains("data-destroyed=\"" + city.get("unitsDestroyed").asLong() + "\"")
                .contains("data-uninhabitable=\"" + city.get("unitsUninhabitable").asLong() + "\"");
        for (JsonNode d : api.get("districts")) {
            String code = d.get("code").isNull() ? null : d.get("code").asString();
            if (code != null) {
                int row = html.indexOf("<tr data-code=\"" + code + "\">", html.indexOf("id=\"damage-table\""));
                String cells = html.substring(row, html.indexOf("</tr>", row));
                assertThat(cells).contains("<td class=\"num destroyed\">" + d.get("unitsDestroyed").asLong() + "</td>");
            }
        }
        long schoolsDamaged = city.get("facilities").get("school").get("damaged").asLong();
        assertThat(schoolsDamaged).isPositive();
        int schools = html.indexOf("data-use=\"school\"");
        assertThat(html.substring(schools, html.indexOf("</tr>", schools)))
                .contains("data-state=\"damaged\">" + schoolsDamaged + "</td>");
        assertThat(page("/damage?asOf=2020-06-01")).contains("Руйнування житла й закладів");
        assertThat(page("/damage?asOf=yesterday&lang=en")).contains("The date was not valid");
    }
}
