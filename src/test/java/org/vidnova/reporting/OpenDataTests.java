package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data catalogue: every dataset downloadable by anyone, licensed, dated, and stating its rules. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private JsonNode catalogue() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/open/datasets")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyDistributionIsPublicAndEveryDatasetSaysItsLicenceMethodAndRules() throws Exception {
        JsonNode c = catalogue();
        List<String> ids = new ArrayList<>();
        for (JsonNode d : c.path("dataset")) {
            ids.add(d.path("identifier").asString());
            assertThat(d.path("license").asString()).as(d.path("identifier").asString()).isNotBlank();
            assertThat(d.path("title").path("uk").asString()).isNotBlank();
            assertThat(d.path("disclosure").toString()).contains("No personal data is ever published");
            assertThat(d.path("distribution").size()).isPositive();
            for (JsonNode x : d.path("distribution")) {
                URI url = URI.create(x.path("downloadURL").asString());
                MockHttpServletResponse r = mvc.perform(get(url.getRawPath()
                        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))).andReturn().getResponse();
                assertThat(r.getStatus()).as(url.toString()).isEqualTo(200);
                if (url.toString().contains("hxl=true")) {
                    List<String> lines = r.getContentAsString(StandardCharsets.UTF_8).lines().limit(2).toList();
                    assertThat(lines.get(1)).as(url.toString()).matches("^\"?#.*");
                    assertThat(lines.get(1).split(",", -1)).as("a hashtag for every column of " + url)
                            .hasSameSizeAs(lines.get(0).split(",", -1));
                }
            }
            if (d.path("distribution").toString().contains("text/csv")) {
                assertThat(d.path("distribution").toString()).as("the CSV of " + d.path("identifier").asString()
                        + " has an HXL variant").contains("hxl=true");
            }
        }
        assertThat(ids).contains("incidents", "shelters", "damage", "casualties", "districts", "population", "recovery",
                "recovery-oc4ids")
                // Coordinates of unknown licence are not open data.
                .doesNotContain("metro-stations");
        assertThat(c.path("dataset").findValues("identifier").stream().filter(n -> n.asString().equals("districts"))
                .count()).isEqualTo(1);
        assertThat(c.toString()).contains("ODbL-1.0", "CC-BY-4.0");
        assertThat(c.path("disclosurePolicy").path("url").asString()).endsWith("/api/v1/disclosure/policy");
    }

    @Test
    void aDatasetIsDatedByItsLastChange() throws Exception {
        String tag = "o" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(1);
        mvc.perform(post("/api/v1/shelters/imports?source=" + tag).with(httpBasic("admin", "test-admin-password-1234"))
                .contentType("text/csv").content("external_id,name,kind,address,lat,lon,capacity,accessible,status,"
                        + "district,hours,notes\n" + tag + ",Open data test,shelter,,50.0,36.25,10,false,open,,,\n"));
        for (JsonNode d : catalogue().path("dataset")) {
            if (d.path("identifier").asString().equals("shelters")) {
                assertThat(Instant.parse(d.path("modified").asString())).isAfter(before);
                return;
            }
        }
        throw new AssertionError("no shelters dataset");
    }

    @Test
    void theCataloguePageListsTheDatasetsInBothLanguages() throws Exception {
        String en = mvc.perform(get("/open-data?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String uk = mvc.perform(get("/open-data?lang=uk")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Strikes on Kharkiv", "Licence: ODbL-1.0", "No personal data is ever published");
        assertThat(uk).contains("Удари по Харкову", "Ліцензія: ODbL-1.0", "Персональні дані ніколи не публікуються");
    }
}
