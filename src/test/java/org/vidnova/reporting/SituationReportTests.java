package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidnova.casualties.CasualtyFigures;
import org.vidnova.casualties.KilledFigures;

/** The report's figures as of a day, from data the test imports, and the report rendered in HTML and PDF. */
class SituationReportTests extends SituationReportTestBase {

    @Autowired
    SituationReports reports;
    @Autowired
    SituationReportRenderer renderer;
    @Autowired
    CasualtyFigures casualties;

    @Test
    void strikesAreCountedAsOfTheEndOfTheDay() throws Exception {
        strikes("1994-05-04T12:00:00+03:00", "1994-05-09T10:00:00+03:00", "1994-05-10T08:00:00+03:00",
                "1994-05-10T20:00:00+03:00", "1994-05-12T09:00:00+03:00");
        SituationReport before = reports.gather(LocalDate.of(1994, 5, 1));
        SituationReport report = reports.gather(LocalDate.of(1994, 5, 10));

        SituationReport.Section strikes = report.section("strikes").orElseThrow();
        // The 24 hours and 7 days before the end of 10 May (Kyiv); the strike of 12 May is after the report.
        assertThat(strikes.figure("last24h").orElseThrow().value()).isEqualTo(2);
        assertThat(strikes.figure("last7d").orElseThrow().value()).isEqualTo(4);
        assertThat(strikes.perDay()).hasSize(SituationReportStrikes.CHART_DAYS)
                .containsEntry("1994-05-10", 2L).containsEntry("1994-05-09", 1L).containsEntry("1994-05-04", 1L)
                .containsEntry("1994-05-05", 0L).containsEntry("1994-04-11", 0L).doesNotContainKey("1994-05-11");
        assertThat(strikes.byDistrict()).extracting(SituationReport.Figure::district)
                .contains(district(), SituationReportStrikes.OUTSIDE).hasSize(districts.all().size() + 1);
        // Totals are to the day; against a report before the first strike, the change is this test's four.
        assertThat(report.changesSince(before)).containsEntry("strikes.total", 4L)
                .containsEntry("strikes.total." + district(), 4L)
                .containsEntry("strikes.total." + SituationReportStrikes.OUTSIDE, 0L);
    }

    @Test
    void reportsOfTheKilledAreCountedAsReceived() throws Exception {
        String source = "rep" + java.util.UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/casualties/sources").with(httpBasic("admin", ADMIN))
                        .contentType("application/json")
                        .content("{\"code\":\"" + source + "\",\"name\":\"Morgue\",\"kind\":\"morgue\"}"))
                .andExpect(status().isCreated());
        SituationReport before = reports.gather(LocalDate.of(1994, 7, 1));
        mvc.perform(post("/api/v1/casualties/sources/" + source + "/imports").with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content("source_record_id,family_name,given_name,patronymic,sex,birth_date,"
                        + "age,status,event_date,district,lat,lon,notes\n"
                        + "k1,Шевченко,Петро,,M,,40,killed,1994-06-30,,,,\n"
                        + "k2,Бондар,Ганна,,F,,61,killed,1994-06-30,,,,\n"
                        + "k3,Ткаченко,Іван,,M,,35,killed,1994-06-30,,,,\n"
                        + "k4,Мельник,Олена,,F,,28,killed,1994-06-30,,,,\n"
                        + "i1,Кравець,Олег,,M,,50,injured,1994-06-30,,,,\n"))
                .andExpect(status().isOk());
        SituationReport after = reports.gather(LocalDate.of(1994, 7, 1));
        // Four reports of the killed; the injured is not counted. Other suites' lists are in both reports.
        assertThat(after.changesSince(before)).containsEntry("casualties.killedReported", 4L);
    }

    @Test
    void everyModuleHasItsSectionWithTheFacadesFigures(@Autowired org.vidnova.population.PopulationFigures population,
            @Autowired org.vidnova.recovery.RecoveryFigures recovery) {
        SituationReport report = reports.gather(LocalDate.of(1994, 6, 1));
        assertThat(report.sections()).extracting(SituationReport.Section::key)
                .containsExactly("strikes", "casualties", "damage", "shelters", "population", "recovery");
        KilledFigures killed = casualties.killed();
        SituationReport.Figure estimated = report.section("casualties").orElseThrow().figure("killedEstimated")
                .orElseThrow();
        assertThat(estimated.value()).isEqualTo(killed.estimate() == null ? null : Math.round(killed.estimate()));
        assertThat(report.section("damage").orElseThrow().figure("unitsDestroyed")).isPresent();
        assertThat(report.section("shelters").orElseThrow().figure("open")).isPresent();
        // Before the war, everyone was there: the estimate is the pre-war population of the districts.
        assertThat(report.section("population").orElseThrow().figure("present").orElseThrow().value())
                .isEqualTo(population.asOf(LocalDate.of(1994, 6, 1)).city().estimate()).isPositive();
        assertThat(report.section("recovery").orElseThrow().figure("committedUah").orElseThrow().value())
                .isEqualTo(recovery.now().committed());
        assertThat(report.asOf()).isEqualTo(LocalDate.of(1994, 6, 2).atStartOfDay(org.vidnova.web.ImportTimes.KYIV)
                .toInstant());
    }

    @Test
    void theReportRendersInBothLanguagesAndItsPdfHasTheUkrainianTextAndTheCharts() throws Exception {
        strikes("1995-03-02T12:00:00+02:00", "1995-03-03T12:00:00+02:00");
        SituationReport previous = reports.gather(LocalDate.of(1995, 3, 2));
        SituationReport report = reports.gather(LocalDate.of(1995, 3, 3));
        String uk = renderer.html(report, previous, Locale.forLanguageTag("uk"));
        String en = renderer.html(report, previous, Locale.ENGLISH);
        String name = districts.byCode(district()).orElseThrow().nameUk();
        assertThat(uk).contains("Ситуаційний звіт, 1995-03-03", "Зміни від звіту за 1995-03-02", "Методика", name,
                "data:image/png;base64,");
        assertThat(en).contains("Situation report, 1995-03-03", "Changes since the report of 1995-03-02", "Method",
                districts.byCode(district()).orElseThrow().nameEn());
        // The change of the district's total since the previous report is the one strike of 3 March.
        assertThat(uk).containsPattern("data-figure=\"strikes.total." + district() + "\">\\s*<td>[^<]+</td>\\s*"
                + "<td class=\"num\">[^<]+</td>\\s*<td class=\"num\">\\+1</td>");

        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(uk))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ситуаційний звіт", "Удари", "Методика", name);
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (var n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(2);
        }
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(en))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Situation report", "Strikes in the last 7 days", "Method");
        }
    }
}
