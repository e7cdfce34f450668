package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * The housing pages through MockMvc: public sites with free places in both languages, the register for analysts
 * only (audited), the registrars' allocation review with confirm and override forms.
 */
class HouseholdPageTests extends HouseholdTestBase {

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSitesPageShowsFreePlacesToAnyoneInBothLanguages() throws Exception {
        long home = homes()[0];
        long site = site("Гуртожиток на Сумській", 9, true);
        send(post("/api/v1/population/households"), REGISTRAR, """
                {"referencePerson":"Особа","size":4,"homeBuildingId":%d,"stays":"temporary_site","siteId":%d}"""
                .formatted(home, site)).andExpect(status().isCreated());
        String uk = page("/population/sites?lang=uk", anonymous());
        assertThat(uk).contains("Тимчасове житло").contains("Гуртожиток на Сумській").contains("вільних із 9")
                .contains("безбар’єрне").doesNotContain("Особа");
        assertThat(uk.substring(uk.indexOf("id=\"site-" + site + "\""))).contains(">5<");
        assertThat(page("/population/sites?lang=en", anonymous())).contains("Temporary housing")
                .contains("free of 9").contains("dormitory");
    }

    @Test
    void theRegisterIsForAnalystsAndEachViewIsAudited() throws Exception {
        long home = homes()[0];
        long id = body(household(home, 3, 1, 1, 0).andExpect(status().isCreated())).get("id").asLong();
        mvc.perform(get("/population/households").with(REGISTRAR)).andExpect(status().isForbidden());
        mvc.perform(get("/population/households").with(anonymous())).andExpect(status().isUnauthorized());
        // The oldest registration comes first in the queue; other suites' households share the database.
        jdbc.sql("UPDATE population_household SET registered_at = TIMESTAMP '2000-01-01 12:00:00' WHERE id = :id")
                .param("id", id).update();
        long before = audits(Households.ENTITY, "list", "READ");
        String html = page("/population/households?status=waiting&lang=en", ANALYST);
        assertThat(html).contains("Households without a home").contains("household-" + id)
                .contains("with relatives").contains("Тестова Особа");
        assertThat(audits(Households.ENTITY, "list", "READ")).isEqualTo(before + 1);
        assertThat(page("/population/households?lang=uk", ANALYST)).contains("Родини без житла");
    }

    @Test
    void registrarsRunTheAllocatorAndDecideFromTheReviewPage() throws Exception {
        long home = homes()[0];
        site("Модульне містечко перевірка", 8, true);
        long household = body(household(home, 2, 1, 0, 0).andExpect(status().isCreated())).get("id").asLong();
        jdbc.sql("UPDATE population_household SET registered_at = TIMESTAMP '2022-02-25 12:00:00' WHERE id = :id")
                .param("id", household).update();
        mvc.perform(get("/population/allocations").with(ANALYST)).andExpect(status().isForbidden());
        String redirect = mvc.perform(post("/population/allocations").with(REGISTRAR).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long run = Long.parseLong(redirect.replaceAll(".*ran=(\\d+).*", "$1"));
        JsonNode proposal = body(mvc.perform(get("/api/v1/population/allocations/" + run).with(REGISTRAR)));
        JsonNode mine = proposal.get("placements").valueStream()
                .filter(p -> p.get("householdId").asLong() == household).findFirst().orElseThrow();
        String html = page("/population/allocations?lang=en", REGISTRAR);
        assertThat(html).contains("placement-" + mine.get("id").asLong()).contains("household " + household)
                .contains("Confirm").contains("Override").doesNotContain("Тестова");
        mvc.perform(post("/population/allocations/" + run + "/placements/" + mine.get("id").asLong())
                        .param("decision", "confirm").with(REGISTRAR).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/population/allocations?lang=uk", REGISTRAR)).contains("підтверджено: родина заселилася");
        assertThat(body(mvc.perform(get("/api/v1/population/households/" + household).with(ANALYST)))
                .get("household").get("status").asString()).isEqualTo("placed");
    }
}
