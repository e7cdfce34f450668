package org.vidnova.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.ResultActions;

/** Bad input gets an RFC 9457 problem naming the offending field, never a stack trace or SQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProblemDetailsTests {

    static final String ADMIN_PASSWORD = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;

    private ResultActions postUser(String json) throws Exception {
        return mvc.perform(post("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void isProblem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").exists())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("SELECT"))))
                .andExpect(content().string(not(containsString("INSERT"))));
    }

    @Test
    void shortPasswordNamesTheField() throws Exception {
        var result = postUser("""
                {"username":"shorty","password":"too-short","roles":["ANALYST"]}""");
        isProblem(result, 400);
        result.andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void missingRolesAndBadUsernameAreBothNamed() throws Exception {
        var result = postUser("""
                {"username":"a b","password":"long-enough-password","roles":[]}""");
        isProblem(result, 400);
        result.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("username", "roles")));
    }

    @Test
    void unknownRoleNamesTheField() throws Exception {
        var result = postUser("""
                {"username":"someone","password":"long-enough-password","roles":["EMPEROR"]}""");
        isProblem(result, 400);
        result.andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
    }

    @Test
    void malformedJsonIsA400OnTheBody() throws Exception {
        var result = postUser("{\"username\": ");
        isProblem(result, 400);
        result.andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void duplicateUsernameIsA409() throws Exception {
        String json = """
                {"username":"twice","password":"long-enough-password","roles":["PLANNER"]}""";
        postUser(json);
        var result = postUser(json);
        isProblem(result, 409);
        result.andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void wrongMethodIs405AndWrongMediaTypeIs415() throws Exception {
        isProblem(mvc.perform(put("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 405);
        isProblem(mvc.perform(post("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD))
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415);
    }

    @Test
    void unknownApiPathIs404() throws Exception {
        isProblem(mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", ADMIN_PASSWORD))), 404);
        isProblem(mvc.perform(get("/api/v1/districts/UA00000000000000000")), 404);
    }

    @Test
    void oversizedJsonBodyIs413() throws Exception {
        String huge = "{\"username\":\"" + "x".repeat(2_100_000) + "\"}";
        isProblem(postUser(huge), 413);
    }
}
