package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertTests {

    static final String ADMIN = "test-admin-password-1234";
    static final String SALTIVSKYI = "UA63120270010315719";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    long raise(String body) throws Exception {
        String created = mvc.perform(post("/api/v1/alerts").with(httpBasic("admin", ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    @Test
    void raiseListAndEndAnAlert() throws Exception {
        long id = raise("{\"districts\": [\"" + SALTIVSKYI + "\", \"Київський\"], \"type\": \"air_raid\"}");
        mvc.perform(get("/api/v1/alerts/active"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].districts[*]").value(
                        org.hamcrest.Matchers.containsInAnyOrder(SALTIVSKYI, "UA63120270010216514")))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].type").value("air_raid"));
        mvc.perform(post("/api/v1/alerts/" + id + "/end").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endedAt").exists());
        mvc.perform(post("/api/v1/alerts/" + id + "/end").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/alerts/active"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void wholeCityAlertCoversAllNineDistricts() throws Exception {
        long id = raise("{\"districts\": \"all\", \"type\": \"artillery\"}");
        mvc.perform(get("/api/v1/alerts/" + id))
                .andExpect(jsonPath("$.wholeCity").value(true))
                .andExpect(jsonPath("$.districts.length()").value(9));
        mvc.perform(post("/api/v1/alerts/" + id + "/end").with(httpBasic("admin", ADMIN))).andExpect(status().isOk());
    }

    @Test
    void badAlertsNameTheField() throws Exception {
        mvc.perform(post("/api/v1/alerts").with(httpBasic("admin", ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districts\": [\"" + SALTIVSKYI + "\", \"Atlantis\"], \"type\": \"air_raid\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("districts[1]"));
        mvc.perform(post("/api/v1/alerts").with(httpBasic("admin", ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"districts\": [], \"type\": \"tornado\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("type", "districts")));
    }

    @Test
    void capDocumentsAreCap12() throws Exception {
        long id = raise("{\"districts\": [\"" + SALTIVSKYI + "\"], \"type\": \"air_raid\"}");
        String cap = mvc.perform(get("/api/v1/alerts/" + id + ".cap"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/cap+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element alert = parse(cap).getDocumentElement();
        assertThat(alert.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:emergency:cap:1.2");
        assertThat(alert.getLocalName()).isEqualTo("alert");
        assertThat(text(alert, "msgType")).isEqualTo("Alert");
        assertThat(text(alert, "status")).isEqualTo("Actual");
        assertThat(text(alert, "sent")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(alert.getElementsByTagNameNS("*", "info").getLength()).isEqualTo(2);
        assertThat(text(alert, "value")).isEqualTo(SALTIVSKYI);

        String feed = mvc.perform(get("/api/v1/alerts/active.cap")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(parse(feed).getElementsByTagNameNS("urn:oasis:names:tc:emergency:cap:1.2", "alert").getLength())
                .isGreaterThanOrEqualTo(1);

        mvc.perform(post("/api/v1/alerts/" + id + "/end").with(httpBasic("admin", ADMIN))).andExpect(status().isOk());
        Element cancel = parse(mvc.perform(get("/api/v1/alerts/" + id + ".cap")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(text(cancel, "msgType")).isEqualTo("Cancel");
        assertThat(text(cancel, "references")).contains("vidnova-alert-" + id);
    }

    @Test
    void historyCountsAlertMinutesPerDistrictAndDay() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        long id = raise("{\"districts\": [\"" + SALTIVSKYI + "\"], \"type\": \"other\"}");
        mvc.perform(post("/api/v1/alerts/" + id + "/end").with(httpBasic("admin", ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/alerts/history").param("from", today.minusDays(1).toString()).param("to", today.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Europe/Kyiv"))
                .andExpect(jsonPath("$.rows[?(@.district == '" + SALTIVSKYI + "')].day").value(
                        org.hamcrest.Matchers.hasItem(today.toString())));
        mvc.perform(get("/api/v1/alerts/history").param("from", "2022-03-01").param("to", "2022-02-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/alerts/history").param("from", "yesterday").param("to", "2022-02-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }
}
