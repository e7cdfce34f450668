package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.vidnova.BrowserTest;

/** The report archive and a report in headless Chromium on a phone, in Ukrainian and English. */
class ReportPagesBrowserTests extends BrowserTest {

    private int overflow() {
        Object o = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) o).intValue();
    }

    private long chartsDrawn() {
        return (Long) browser.executeScript("return Array.from(document.querySelectorAll('img[id^=chart-]'))"
                + ".filter(i => i.complete && i.naturalWidth > 0).length;");
    }

    @Test
    void onAPhoneTheArchiveLeadsToTheReportInBothLanguages() throws Exception {
        assertThat(call("POST", "/api/v1/reports?day=1992-04-10", "application/json", null).statusCode())
                .isEqualTo(201);
        browser.manage().window().setSize(new Dimension(390, 844));

        browser.get(url("/reports?lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ситуаційні звіти");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        chromium.screenshot("reports-phone-uk.png");
        browser.findElement(By.cssSelector("tr[data-day='1992-04-10'] a.report-link")).click();
        chromium.waitUntil(d -> "Ситуаційний звіт, 1992-04-10".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(browser.findElement(By.id("annex")).getText()).isEqualTo("Методика");
        assertThat(chartsDrawn()).isEqualTo(2);
        assertThat(overflow()).isLessThanOrEqualTo(0);
        chromium.screenshot("report-phone-uk.png");

        browser.findElement(By.id("report-en")).click();
        chromium.waitUntil(d -> "Situation report, 1992-04-10".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(chartsDrawn()).isEqualTo(2);
        assertThat(overflow()).isLessThanOrEqualTo(0);
        chromium.screenshot("report-phone-en.png");

        browser.get(url("/reports?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Situation reports");
        assertThat(browser.findElements(By.cssSelector("tr[data-day='1992-04-10'] a.pdf-link"))).hasSize(2);
        assertThat(overflow()).isLessThanOrEqualTo(0);
    }
}
