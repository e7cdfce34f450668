package org.vidnova.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Ukrainian by default; English by ?lang=en, by the remembered choice, or by Accept-Language. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HomePageLanguageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void ukrainianWhenTheBrowserSaysNothing() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"uk\"")))
                .andExpect(content().string(containsString("Харків: райони і станції метро")));
    }

    @Test
    void englishOnRequestAndRemembered() throws Exception {
        var result = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kharkiv: districts and metro stations")))
                .andReturn();
        Cookie remembered = result.getResponse().getCookie("vidnova-lang");
        mvc.perform(get("/").cookie(remembered))
                .andExpect(content().string(containsString("Kharkiv: districts and metro stations")));
    }

    @Test
    void followsAcceptLanguageAndFallsBackToUkrainian() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"uk\"")));
        mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("<html lang=\"uk\"")));
        mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"uk\"")));
    }

    @Test
    void listsTheDistrictsWithoutJavaScript() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("Saltivskyi")))
                .andExpect(content().string(containsString("302 600")))
                .andExpect(content().string(containsString("1 458 491")));
    }
}
