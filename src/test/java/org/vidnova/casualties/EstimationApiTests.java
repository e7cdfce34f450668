package org.vidnova.casualties;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/v1/estimation/mse}: the contract's fields, the same answer from JSON and CSV, and 400 problems
 * naming the field or the line. The table is Madigan and York's three lists (626 people), whose figures
 * {@code ReferenceTests} checks against R.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EstimationApiTests {

    static final String ADMIN = "test-admin-password-1234";
    static final String JSON = """
            {"lists":["birth","death","rehab"],
             "cells":{"001":60,"010":49,"011":4,"100":247,"101":112,"110":142,"111":12}}""";
    static final String CSV = """
            birth,death,rehab,freq
            0,0,1,60
            0,1,0,49
            0,1,1,4
            1,0,0,247
            1,0,1,112
            1,1,0,142
            1,1,1,12
            """;

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder call(String contentType, String body) {
        return call("/api/v1/estimation/mse", contentType, body);
    }

    private MockHttpServletRequestBuilder call(String path, String contentType, String body) {
        return post(path).contentType(contentType).content(body).with(httpBasic("admin", ADMIN));
    }

    @Test
    void answersWithTheContractsFields() throws Exception {
        // models=all: every model, the independence one first; it carries no weight, so no interval and a warning.
        mvc.perform(call("/api/v1/estimation/mse?models=all", MediaType.APPLICATION_JSON_VALUE, JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observed").value(626))
                .andExpect(jsonPath("$.models[0].terms.length()").value(3))
                .andExpect(jsonPath("$.models[0].terms[0]").value("birth"))
                .andExpect(jsonPath("$.models[0].estimate").value(closeTo(763.888, 0.001)))
                .andExpect(jsonPath("$.models[0].ci95.length()").value(2))
                .andExpect(jsonPath("$.models[0].ci95[0]").value(nullValue()))
                .andExpect(jsonPath("$.models[0].warnings[*].code").value(hasItem("INTERVAL_NOT_COMPUTED")))
                .andExpect(jsonPath("$.models[0].deviance").isNumber())
                .andExpect(jsonPath("$.models[0].df").value(3))
                .andExpect(jsonPath("$.models[0].aic").isNumber())
                .andExpect(jsonPath("$.models[0].bic").isNumber())
                .andExpect(jsonPath("$.selected.terms").isArray())
                .andExpect(jsonPath("$.selected.ci95[0]").isNumber())
                .andExpect(jsonPath("$.selected.ci95[1]").isNumber())
                .andExpect(jsonPath("$.modelAveraged.estimate").isNumber())
                .andExpect(jsonPath("$.modelAveraged.ci95[0]").isNumber())
                // dga's posterior with its default prior, as ReferenceTests checks against R: median 731, 694–787.
                .andExpect(jsonPath("$.bayesian.estimate").value(731))
                .andExpect(jsonPath("$.bayesian.ci95[0]").value(694))
                .andExpect(jsonPath("$.bayesian.ci95[1]").value(787))
                .andExpect(jsonPath("$.bayesian.mean").value(closeTo(733.64, 0.01)))
                .andExpect(jsonPath("$.warnings").isArray());
    }

    @Test
    void csvGivesTheSameAnswer() throws Exception {
        mvc.perform(call("text/csv", CSV))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lists[2]").value("rehab"))
                .andExpect(jsonPath("$.observed").value(626))
                .andExpect(jsonPath("$.bayesian.estimate").value(731))
                .andExpect(jsonPath("$.models[0].ci95[0]").isNumber())
                .andExpect(jsonPath("$.otherModels").isNumber());
    }

    @Test
    void anUnknownModelsChoiceIsAProblem() throws Exception {
        mvc.perform(call("/api/v1/estimation/mse?models=some", MediaType.APPLICATION_JSON_VALUE, JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("models"));
    }

    @Test
    void oneListIsAnsweredWithAWarningAndNoNumber() throws Exception {
        mvc.perform(call(MediaType.APPLICATION_JSON_VALUE, "{\"lists\":[\"police\"],\"cells\":{\"1\":40}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observed").value(40))
                .andExpect(jsonPath("$.selected").value(nullValue()))
                .andExpect(jsonPath("$.bayesian").value(nullValue()))
                .andExpect(jsonPath("$.warnings[*].code").value(hasItem("TOO_FEW_LISTS")));
    }

    @Test
    void aBadPatternIsAProblemNamingTheCell() throws Exception {
        mvc.perform(call(MediaType.APPLICATION_JSON_VALUE, "{\"lists\":[\"a\",\"b\"],\"cells\":{\"12\":4,\"10\":-1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("cells.12")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("cells.10")));
    }

    @Test
    void aBadCsvValueIsAProblemNamingTheLine() throws Exception {
        mvc.perform(call("text/csv", "a,b,freq\n1,0,5\n1,x,2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("b"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.detail").value(startsWith("b:")));
    }

    @Test
    void aCsvWithoutFreqIsAProblem() throws Exception {
        mvc.perform(call("text/csv", "a,b\n1,0\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("freq"));
    }
}
