package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The recovery pages rendered by the server: list, project page with its heritage note, the planner's portfolio. */
class RecoveryPageTests extends RecoveryTestBase {

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String importProjects() throws Exception {
        String source = source();
        importCsv(source, HEADER + "H1,Реставрація будинку на Сумській,rehabilitation,preparation,,5000000,"
                + "30 households,Z1\nS1,Ремонт школи,rehabilitation,identification,,2000000,300 pupils,S1\n")
                .andExpect(status().isOk());
        return source;
    }

    @Test
    void theListShowsProjectsInBothLanguages() throws Exception {
        importProjects();
        assertThat(page("/recovery?lang=uk")).contains("Проєкти відбудови").contains("Реставрація будинку на Сумській")
                .contains("recovery-map");
        assertThat(page("/recovery?lang=en")).contains("Recovery projects").contains("Ремонт школи")
                .contains("href=\"/recovery/transparency\"");
    }

    @Test
    void theProjectPageSaysWhenAConservationApprovalIsNeeded() throws Exception {
        String source = importProjects();
        long heritage = projectId(source, "H1");
        long school = projectId(source, "S1");
        assertThat(page("/recovery/projects/" + heritage + "?lang=uk")).contains("heritage-note")
                .contains("потрібне погодження органу охорони культурної спадщини");
        assertThat(page("/recovery/projects/" + heritage + "?lang=en")).contains("cannot start before the heritage");
        assertThat(page("/recovery/projects/" + school + "?lang=en")).doesNotContain("heritage-note")
                .contains("300 pupils");
    }

    @Test
    void thePortfolioPageIsThePlannersAndShowsWhatIsLeftOut() throws Exception {
        String source = importProjects();
        mvc.perform(get("/recovery/portfolio")).andExpect(status().isUnauthorized());
        mvc.perform(get("/recovery/portfolio").with(SecurityMockMvcRequestPostProcessors.user("a").roles("ANALYST")))
                .andExpect(status().isForbidden());
        String html = mvc.perform(get("/recovery/portfolio?budget=1000000&lang=en")
                        .with(SecurityMockMvcRequestPostProcessors.user("p").roles("PLANNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Recovery portfolio").contains("proven optimal")
                .contains("data-id=\"" + projectId(source, "S1") + "\"")
                .contains("needs heritage approval");
    }
}
