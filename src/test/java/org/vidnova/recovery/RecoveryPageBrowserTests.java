package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.vidnova.BrowserTest;

/** The recovery pages in headless Chromium on a phone: the map draws the projects, the slider asks for a portfolio. */
class RecoveryPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneTheMapDrawsTheProjectsAndTheSliderChoosesAPortfolio() throws Exception {
        String buildings = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String projects = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/damage/buildings/imports?source=" + buildings, "text/csv",
                "external_id,lat,lon,use,name,heritage\nB1,49.996,36.233,culture,Театр,listed\n"
                        + "B2,50.03,36.31,school,Школа,none\n").statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/recovery/projects/imports?source=" + projects + "&buildingSource="
                + buildings, "text/csv", RecoveryTestBase.HEADER
                + "T1,Театр: реставрація,rehabilitation,preparation,,40000000,600 people,B1\n"
                + "S1,Школа: дах і вікна,rehabilitation,identification,,3000000,500 pupils,B2\n")
                .body()).contains("\"created\":2");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/recovery?lang=uk"));
        WebElement map = browser.findElement(By.id("recovery-map"));
        chromium.waitUntil(d -> map.getDomAttribute("data-ready") != null, 30);
        assertThat(map.getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(Integer.parseInt(map.getDomAttribute("data-projects"))).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Проєкти відбудови");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        chromium.screenshot("recovery-phone-uk.png");
        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> "Recovery projects".equals(d.findElement(By.tagName("h1")).getText()), 20);

        browser.findElement(By.linkText("Театр: реставрація")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("heritage-note")).isEmpty(), 20);
        assertThat(browser.findElement(By.id("heritage-note")).getText()).contains("heritage protection authority");

        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.getCurrentUrl().contains("/login"), 20);
        browser.get(url("/recovery/portfolio?budget=0&lang=en"));
        // Move the slider as a finger would: the page asks for the portfolio of the new budget.
        browser.executeScript("var s = document.getElementById('budget'); s.value = '5000';"
                + "s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
        chromium.waitUntil(d -> d.getCurrentUrl().contains("budget=5000"), 20);
        String chosen = browser.findElement(By.id("chosen")).getText();
        assertThat(chosen).contains("Школа: дах і вікна").doesNotContain("Театр");
        assertThat(browser.findElement(By.id("left-out")).getText()).contains("Театр: реставрація")
                .contains("needs heritage approval");
        Object overflowPortfolio = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflowPortfolio).intValue()).isLessThanOrEqualTo(0);
        chromium.screenshot("recovery-portfolio-phone-en.png");
    }
}
