package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page's figures are the modules' own public figures: strikes, killed, homes, shelters. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CityAtAGlanceTests {

    static final String ADMIN = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.vidnova.recovery.RecoveryFigures recovery;

    private JsonNode api(String url) throws Exception {
        return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static long attribute(String html, String card, String name) {
        Matcher m = Pattern.compile("id=\"" + card + "\"[^>]*" + name + "=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as(card + " " + name).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void eachCardShowsWhatItsModuleSays() throws Exception {
        // Two strikes an hour ago, so the last 24 hours are not empty.
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        mvc.perform(post("/api/v1/incidents/imports").param("source", "glance-" + hourAgo.getEpochSecond())
                .with(httpBasic("admin", ADMIN)).contentType("text/csv")
                .content("external_id,occurred_at,type,lat,lon,killed,injured,source,description\n"
                        + "g1," + hourAgo + ",shelling,50.0047,36.2314,,,,\n"
                        + "g2," + hourAgo + ",drone,50.03,36.33,,,,\n"))
                .andExpect(status().isOk());
        String html = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        JsonNode summary = api("/api/v1/incidents/districts/summary");
        long total = summary.get("outsideCityOrUnknown").get("incidents").asLong();
        for (JsonNode d : summary.get("districts")) {
            total += d.get("incidents").asLong();
        }
        assertThat(attribute(html, "glance-strikes", "data-total")).isEqualTo(total);
        long day = api("/api/v1/incidents?size=1&from=" + Instant.now().minus(1, ChronoUnit.DAYS)).get("total")
                .asLong();
        assertThat(attribute(html, "glance-strikes", "data-day")).isEqualTo(day).isGreaterThanOrEqualTo(2);

        assertThat(attribute(html, "glance-killed", "data-documented"))
                .isEqualTo(api("/api/v1/casualties/estimate").get("city").get("documented").asLong());
        assertThat(attribute(html, "glance-homes", "data-destroyed"))
                .isEqualTo(api("/api/v1/damage/indicators").get("city").get("unitsDestroyed").asLong());
        long present = 0;
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv")).toString();
        for (JsonNode row : api("/api/v1/population/estimate?from=" + today + "&to=" + today).get("rows")) {
            present += row.path("estimate").asLong();
        }
        assertThat(attribute(html, "glance-population", "data-estimate")).isEqualTo(present).isPositive();
        assertThat(attribute(html, "glance-recovery", "data-committed")).isEqualTo(recovery.now().committed());
        assertThat(html).contains("href=\"/population?to=" + today + "\"").contains("href=\"/recovery\"");
        assertThat(attribute(html, "glance-shelters", "data-open"))
                .isEqualTo(api("/api/v1/shelters?status=open&size=1").get("total").asLong());
        assertThat(html).contains("The city now").contains("href=\"/incidents?to=").contains("href=\"/casualties\"")
                .contains("href=\"/damage?asOf=");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Місто зараз");
    }

    @Test
    void aPastDayForOneDistrictCountsOnlyItsStrikesUpToThatDay() throws Exception {
        JsonNode where = api("/api/v1/districts/locate?lat=50.0300&lon=36.3300");
        String code = where.path("code").asString();
        String name = where.path("nameEn").asString();
        mvc.perform(post("/api/v1/incidents/imports").param("source", "glance-past")
                .with(httpBasic("admin", ADMIN)).contentType("text/csv")
                .content("external_id,occurred_at,type,lat,lon,killed,injured,source,description\n"
                        + "p1,2022-03-02T10:00:00+02:00,shelling,50.0300,36.3300,,,,\n"
                        + "p2,2022-03-02T18:00:00+02:00,missile,50.0300,36.3300,,,,\n"
                        + "p3,2022-03-04T10:00:00+02:00,shelling,50.0300,36.3300,,,,\n"
                        + "p4,2022-03-02T11:00:00+02:00,shelling,49.9935,36.2304,,,,\n"))
                .andExpect(status().isOk());
        String html = mvc.perform(get("/").param("lang", "en").param("asOf", "2022-03-02")
                .param("district", name)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"glance-scope\">" + name + "<").contains("02.03.2022");

        long upToThatDay = 0;
        for (JsonNode row : api("/api/v1/incidents/stats?by=district&to=2022-03-02").get("rows")) {
            if (code.equals(row.path("district").asString())) {
                upToThatDay = row.get("incidents").asLong();
            }
        }
        assertThat(attribute(html, "glance-strikes", "data-total")).isEqualTo(upToThatDay).isGreaterThanOrEqualTo(2);
        long lastDay = api("/api/v1/incidents?size=1&district=" + code
                + "&from=2022-03-01T22:00:00Z&to=2022-03-02T21:59:59Z").get("total").asLong();
        assertThat(attribute(html, "glance-strikes", "data-day")).isEqualTo(lastDay).isGreaterThanOrEqualTo(2);

        String bad = mvc.perform(get("/").param("lang", "en").param("asOf", "yesterday")
                .param("district", "Atlantis")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("The date “yesterday” could not be read", "There is no district “Atlantis”",
                "id=\"glance-scope\">Whole city<");
    }
}
