package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditEntry;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ImportTimes;

/** The archive: reports made on demand and by the morning schedule, listed, served as published, never changed. */
class ReportArchiveTests extends SituationReportTestBase {

    @Autowired
    ReportArchiveRepository archive;
    @Autowired
    ReportSchedule schedule;
    @Autowired
    AuditTrail audit;

    private ResultActions make(String day, String lang) throws Exception {
        var call = post("/api/v1/reports").param("day", day).with(httpBasic("admin", ADMIN));
        return mvc.perform(lang == null ? call : call.param("lang", lang));
    }

    private String html(String day, String lang, String version) throws Exception {
        var call = get("/api/v1/reports/" + day + ".html").param("lang", lang);
        return mvc.perform(version == null ? call : call.param("version", version)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aReportIsMadeInBothLanguagesListedAndServedAsHtmlAndPdf() throws Exception {
        make("1993-02-10", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$[*].lang", contains("uk", "en")))
                .andExpect(jsonPath("$[0].version").value(1));
        mvc.perform(get("/api/v1/reports")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.day == '1993-02-10')].languages[*]", contains("uk", "en")))
                .andExpect(jsonPath("$[?(@.day == '1993-02-10')].pdf.en",
                        contains("/api/v1/reports/1993-02-10.pdf?lang=en")));
        assertThat(html("1993-02-10", "uk", null)).contains("Ситуаційний звіт, 1993-02-10");
        byte[] pdf = mvc.perform(get("/api/v1/reports/1993-02-10.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Situation report, 1993-02-10");
        }
        mvc.perform(get("/reports").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reports/1993-02-10?lang=en\"")));
        mvc.perform(get("/reports/1993-02-10").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Situation report, 1993-02-10")));
    }

    @Test
    void aPublishedReportNeverChangesAndMakingItAgainAddsAnAuditedVersion() throws Exception {
        make("1993-03-01", "uk").andExpect(status().isCreated());
        strikes("1993-03-05T12:00:00+02:00");
        make("1993-03-05", "uk").andExpect(status().isCreated());
        String published = html("1993-03-05", "uk", null);
        String row = "data-figure=\"strikes.total." + district() + "\">\\s*<td>[^<]+</td>\\s*<td class=\"num\">"
                + "[^<]+</td>\\s*<td class=\"num\">";
        // Changes are computed from the report of 1 March in the archive: one strike more in the district.
        assertThat(published).contains("Зміни від звіту за 1993-03-01").containsPattern(row + "\\+1</td>");
        byte[] pdf = archive.pdf(LocalDate.of(1993, 3, 5), "uk", null).orElseThrow();

        // The register is corrected: a strike of 5 March comes in late. The published report stays as it was.
        strikes("1993-03-05T15:00:00+02:00");
        assertThat(html("1993-03-05", "uk", null)).isEqualTo(published);
        assertThat(archive.pdf(LocalDate.of(1993, 3, 5), "uk", null).orElseThrow()).isEqualTo(pdf);

        Instant before = Instant.now();
        make("1993-03-05", "uk").andExpect(status().isCreated()).andExpect(jsonPath("$[0].version").value(2));
        assertThat(html("1993-03-05", "uk", null)).containsPattern(row + "\\+2</td>");
        assertThat(html("1993-03-05", "uk", "1")).isEqualTo(published);
        assertThat(audit.find(ReportArchive.ENTITY, "1993-03-05/uk", before, 10)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATE);
    }

    @Test
    void theMorningScheduleMakesYesterdaysReportOnce() throws Exception {
        LocalDate yesterday = LocalDate.now(ImportTimes.KYIV).minusDays(1);
        schedule.morning();
        int uk = archive.lastVersion(yesterday, "uk");
        int en = archive.lastVersion(yesterday, "en");
        assertThat(uk).isPositive();
        assertThat(en).isPositive();
        schedule.morning();
        assertThat(archive.lastVersion(yesterday, "uk")).isEqualTo(uk);
        assertThat(archive.lastVersion(yesterday, "en")).isEqualTo(en);
    }

    @Test
    void badParametersAreNamedAndAMissingReportIs404() throws Exception {
        make("10.02.1993", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("day"));
        make("1993-02-11", "fr").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
        make(LocalDate.now(ImportTimes.KYIV).plusDays(2).toString(), "uk").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/1901-01-01.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/1901-01-01.html").param("lang", "de")).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/1901-01-01")).andExpect(status().isNotFound());
    }
}
