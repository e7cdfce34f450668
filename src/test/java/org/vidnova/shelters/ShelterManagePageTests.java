package org.vidnova.shelters;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The registrars' desk: change a shelter's status and occupancy from the page (form + CSRF). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShelterManagePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void aRegistrarClosesAShelterAndSetsItsOccupancyFromThePage() throws Exception {
        String body = mvc.perform(get("/api/v1/shelters/nearest").param("lat", "50.0").param("lon", "36.23"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(body).get("items").get(0).get("id").asLong();
        var registrar = user("olena").roles("REGISTRAR");

        mvc.perform(get("/shelters/manage").param("lang", "en").with(registrar))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Manage shelters")))
                .andExpect(content().string(containsString("id=\"shelter-" + id + "\"")));
        mvc.perform(post("/shelters/manage/" + id).with(registrar).with(csrf())
                        .param("status", "closed").param("capacity", "200").param("occupancy", "150"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/shelters/manage?saved=*"));
        mvc.perform(get("/api/v1/shelters/" + id))
                .andExpect(jsonPath("$.status").value("closed"))
                .andExpect(jsonPath("$.capacity").value(200))
                .andExpect(jsonPath("$.occupancy").value(150));
        // Without the CSRF token the form is refused.
        mvc.perform(post("/shelters/manage/" + id).with(registrar).param("status", "open"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/shelters/manage/" + id).with(registrar).with(csrf()).param("status", "open"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void analystsCannotUseTheDesk() throws Exception {
        mvc.perform(get("/shelters/manage").with(user("a").roles("ANALYST"))).andExpect(status().isForbidden());
    }
}
