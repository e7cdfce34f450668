package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * The public incidents page and the registrars' desk, rendered on the server: the page's numbers are the register's
 * (2014 belongs to this suite alone), and the desk enters, edits and verifies incidents with the roles the API
 * asks for.
 */
class IncidentPageTests extends IncidentTestBase {

    static final String YEAR = "from=2014-01-01&to=2014-12-31";

    @BeforeEach
    void importTheYear() throws Exception {
        String csv = IncidentImportTests.HEADER + "\n"
                + "p1,2014-05-01T14:10:00+03:00,shelling,50.0047,36.2314,1,2,,centre\n"
                + "p2,2014-05-02T14:40:00+03:00,missile,50.0050,36.2320,0,0,,centre again\n"
                + "p3,2014-05-03T03:05:00+03:00,shelling,50.0300,36.3300,,,,Saltivka\n"
                + "p4,2014-05-09,drone,49.9780,36.1600,2,,,west (day only)\n"
                + "p5,2014-06-20T22:00:00+03:00,mlrs,50.2500,36.7000,0,1,,outside the city\n";
        mvc.perform(post("/api/v1/incidents/imports").param("source", "page-test").with(httpBasic("admin", ADMIN))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The register's own counts per district code for 2014 ("outside" for none). */
    private Map<String, Integer> registerCounts() throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/incidents?" + YEAR + "&size=1000"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, Integer> counts = new HashMap<>();
        list.get("items").forEach(i -> counts.merge(i.get("district").isNull() ? "outside"
                : i.get("district").asString(), 1, Integer::sum));
        return counts;
    }

    @Test
    void thePageShowsEachDistrictsStrikesForThePeriod() throws Exception {
        String html = page("/incidents?" + YEAR + "&lang=en");
        Map<String, Integer> expected = registerCounts();
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        Matcher row = Pattern.compile("<tr data-code=\"([^\"]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*"
                + "<td class=\"num incidents\">(\\d+)</td>").matcher(html);
        Map<String, Integer> shown = new HashMap<>();
        while (row.find()) {
            if (!row.group(2).equals("0")) {
                shown.put(row.group(1), Integer.parseInt(row.group(2)));
            }
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(html).contains("Strikes from 2014-01-01 to 2014-12-31: 5.");
        // Hour of day in Kyiv: two strikes at 14:xx in the centre, one at 3:xx, one at 22:00 outside, one day only.
        String centre = registerCounts().entrySet().stream().filter(e -> e.getValue() == 2).findFirst()
                .orElseThrow().getKey();
        assertThat(heatCell(html, centre, 14)).isEqualTo("2");
        assertThat(heatCell(html, centre, 15)).isEmpty();
        // A year is drawn per week, from the Monday of its first day; the data travels in an escaped attribute.
        assertThat(html).contains("&quot;bucket&quot;:&quot;week&quot;,&quot;labels&quot;:[&quot;2013-12-30&quot;");
    }

    @Test
    void aTypeAndAShorterPeriodNarrowTheCounts() throws Exception {
        String html = page("/incidents?from=2014-05-01&to=2014-05-02&type=missile&lang=en");
        assertThat(html).contains("Strikes from 2014-05-01 to 2014-05-02: 1.");
        // A short period is drawn per day.
        assertThat(html).contains("&quot;bucket&quot;:&quot;day&quot;").contains("Per day.");
        String reversed = page("/incidents?from=2014-06-01&to=2014-05-01&lang=en");
        assertThat(reversed).contains("The period was not valid");
    }

    @Test
    void thePageSpeaksUkrainianByDefaultAndEnglishOnRequest() throws Exception {
        assertThat(page("/incidents?" + YEAR)).contains("Удари по місту").contains("Днів від останнього удару");
        assertThat(page("/incidents?" + YEAR + "&lang=en")).contains("Strikes on the city")
                .contains("Days since the last strike");
    }

    @Test
    void daysSinceTheLastStrikeAreTheSummarys() throws Exception {
        JsonNode summary = json.readTree(mvc.perform(get("/api/v1/incidents/districts/summary")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        String html = page("/incidents");
        for (JsonNode d : summary.get("districts")) {
            String code = "<li data-code=\"" + d.get("district").asString() + "\"";
            assertThat(html).contains(d.get("daysSinceLastStrike").isNull() ? code + ">"
                    : code + " data-days=\"" + d.get("daysSinceLastStrike").asString() + "\">");
        }
    }

    private static String heatCell(String html, String code, int hour) {
        int start = html.indexOf("<tr data-code=\"" + code + "\">", html.indexOf("id=\"hour-heat\""));
        String row = html.substring(start, html.indexOf("</tr>", start));
        Matcher cell = Pattern.compile("data-hour=\"" + hour + "\" title=\"\\d+\"[^>]*>([^<]*)</td>").matcher(row);
        return cell.find() ? cell.group(1) : null;
    }

    @Test
    void aRegistrarEntersAnIncidentFromTheForm() throws Exception {
        var registrar = user("olena").roles("REGISTRAR");
        mvc.perform(get("/incidents/manage/new").with(registrar)).andExpect(status().isOk());
        String location = mvc.perform(post("/incidents/manage").with(registrar).with(csrf())
                        .param("occurredAt", "2011-07-01T09:30").param("timePrecision", "exact")
                        .param("type", "airstrike").param("lat", "50.0047").param("lon", "36.2314")
                        .param("geoPrecision", "exact").param("killed", "3").param("injured", "")
                        .param("description", "entered from the desk"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/incidents/manage?saved=*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        mvc.perform(get("/api/v1/incidents/" + id))
                .andExpect(jsonPath("$.source").value("manual"))
                .andExpect(jsonPath("$.occurredAt").value("2011-07-01T06:30:00Z"))
                .andExpect(jsonPath("$.killed").value(3))
                .andExpect(jsonPath("$.injured").doesNotExist())
                .andExpect(jsonPath("$.verification").value("reported"));

        // Editing keeps the key and changes the fields.
        String form = mvc.perform(get("/incidents/manage/" + id).with(registrar)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"2011-07-01T09:30\"");
        mvc.perform(post("/incidents/manage/" + id).with(registrar).with(csrf())
                        .param("occurredAt", "2011-07-01T09:30").param("timePrecision", "hour")
                        .param("type", "missile").param("lat", "50.0047").param("lon", "36.2314")
                        .param("geoPrecision", "approximate").param("killed", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/incidents/" + id))
                .andExpect(jsonPath("$.type").value("missile"))
                .andExpect(jsonPath("$.timePrecision").value("hour"))
                .andExpect(jsonPath("$.occurredAt").value("2011-07-01T06:00:00Z"))
                .andExpect(jsonPath("$.killed").value(4))
                .andExpect(jsonPath("$.description").doesNotExist());
    }

    @Test
    void aBadFieldIsShownBesideTheFormAndNothingIsSaved() throws Exception {
        var registrar = user("olena").roles("REGISTRAR");
        String before = mvc.perform(get("/api/v1/incidents?source=manual&size=1")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String html = mvc.perform(post("/incidents/manage").with(registrar).with(csrf()).param("lang", "en")
                        .param("occurredAt", "yesterday").param("type", "airstrike").param("lat", "50.0")
                        .param("lon", "36.2").param("killed", "-2").param("description", "kept on the form"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Check the marked fields.").contains("kept on the form")
                .containsPattern("id=\"occurredAt\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"killed\"[^>]*aria-invalid=\"true\"");
        String after = mvc.perform(get("/api/v1/incidents?source=manual&size=1")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(after).get("total")).isEqualTo(json.readTree(before).get("total"));
    }

    @Test
    void analystsVerifyAndRegistrarsMayNot() throws Exception {
        long id = json.readTree(mvc.perform(get("/api/v1/incidents?" + YEAR + "&size=1")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("items").get(0).get("id").asLong();
        var analyst = user("ivan").roles("ANALYST");
        String desk = mvc.perform(get("/incidents/manage").with(analyst)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(desk).contains("name=\"verification\"").doesNotContain("/incidents/manage/new");
        mvc.perform(post("/incidents/manage/" + id + "/verification").with(analyst).with(csrf())
                        .param("verification", "verified"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/incidents/" + id)).andExpect(jsonPath("$.verification").value("verified"));
        mvc.perform(post("/incidents/manage/" + id + "/verification").with(user("olena").roles("REGISTRAR"))
                        .with(csrf()).param("verification", "disputed"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/manage").with(analyst).with(csrf()).param("type", "other"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents/" + id)).andExpect(jsonPath("$.verification").value("verified"));
    }

    @Test
    void theDeskAsksVisitorsToSignIn() throws Exception {
        mvc.perform(get("/incidents/manage").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/incidents/manage").accept(MediaType.TEXT_HTML).with(csrf()).param("type", "other"))
                .andExpect(status().is3xxRedirection());
    }
}
