package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.vidnova.BrowserTest;

/** The population page in headless Chromium on a phone: both charts draw, nothing overflows, in uk and en. */
class PopulationPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneThePresentPopulationAndReturnsDrawInBothLanguages() throws Exception {
        String source = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate d = LocalDate.of(2039, 6, 1);
        assertThat(call("POST", "/api/v1/population/registrations/imports?source=" + source, "text/csv",
                PopulationFlowTests.REGISTRATIONS + "\nW1," + d + ",Saltivskyi,left,3,\nW2," + d.plusDays(3)
                        + ",Saltivskyi,returned,2,\n").statusCode()).isEqualTo(200);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/population?lang=uk&from=" + d.minusDays(5) + "&to=" + d.plusDays(5)));
        WebElement chart = browser.findElement(By.id("population-chart"));
        chromium.waitUntil(x -> chart.getDomAttribute("data-ready") != null, 30);
        assertThat(chart.getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(chart.getDomAttribute("data-points")).isEqualTo("11");
        assertThat(browser.findElement(By.id("returns-chart")).getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Скільки людей у місті");
        assertThat(browser.findElements(By.cssSelector("#present-table tbody tr"))).hasSize(9);
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        chromium.screenshot("population-phone-uk.png");
        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(x -> "How many people are in the city".equals(x.findElement(By.tagName("h1")).getText()),
                20);
        WebElement english = browser.findElement(By.id("population-chart"));
        chromium.waitUntil(x -> english.getDomAttribute("data-ready") != null, 30);
        assertThat(english.getDomAttribute("data-ready")).isEqualTo("true");
    }
}
