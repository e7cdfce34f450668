package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.vidnova.BrowserTest;

/**
 * The transparency page and a project's feedback form in headless Chromium on a phone, in Ukrainian and English:
 * the map draws the projects, the money tables fit the screen, a resident's feedback is sent without any
 * personal data, and a phone number in it is refused with the reason.
 */
class TransparencyPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneTheMoneyAndTheMapShowAndAResidentSendsFeedback() throws Exception {
        String buildings = "tr-" + UUID.randomUUID().toString().substring(0, 8);
        String projects = "tr-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/damage/buildings/imports?source=" + buildings, "text/csv",
                "external_id,lat,lon,use,name,heritage\nK1,50.01,36.29,kindergarten,Дитсадок №5,none\n")
                .statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/recovery/projects/imports?source=" + projects + "&buildingSource="
                + buildings, "text/csv", RecoveryTestBase.HEADER
                + "K1,Дитсадок №5: нові вікна,rehabilitation,identification,,2000000,120 children,K1\n")
                .body()).contains("\"created\":1");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/recovery/transparency?lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Куди йдуть гроші на відбудову");
        WebElement map = browser.findElement(By.id("recovery-map"));
        chromium.waitUntil(d -> map.getDomAttribute("data-ready") != null, 30);
        assertThat(map.getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(Integer.parseInt(map.getDomAttribute("data-projects"))).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("by-status")).getText()).contains("Визначення");
        assertThat(browser.findElement(By.id("oc4ids-link")).getDomAttribute("href"))
                .isEqualTo("/api/v1/recovery/projects.oc4ids.json");
        assertNoSidewaysScroll();
        chromium.screenshot("transparency-phone-uk.png");

        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> "Where the recovery money goes".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(browser.findElement(By.id("heritage-summary")).getText()).contains("heritage protection authority");
        assertNoSidewaysScroll();
        chromium.screenshot("transparency-phone-en.png");

        browser.findElement(By.linkText("Дитсадок №5: нові вікна")).click();
        chromium.waitUntil(d -> "Дитсадок №5: нові вікна".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(browser.findElement(By.id("feedback-counts")).getText())
                .isEqualTo("Published: 0 comments, 0 complaints.");
        // The form asks for no name, phone or e-mail.
        assertThat(browser.findElements(By.cssSelector("#feedback-form input[type=email], #feedback-form input[type=tel],"
                + " #feedback-form input[name=name]"))).isEmpty();
        browser.findElement(By.cssSelector("#feedback-form input[value=complaint]")).click();
        browser.findElement(By.id("feedback-text")).sendKeys("Call me on 0501234567 about the windows");
        browser.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("feedback-outcome")).isEmpty(), 20);
        assertThat(browser.findElement(By.id("feedback-outcome")).getText()).contains("phone number");
        // What was typed comes back, to be corrected rather than typed again.
        WebElement text = browser.findElement(By.id("feedback-text"));
        assertThat(text.getDomProperty("value")).isEqualTo("Call me on 0501234567 about the windows");
        text.clear();
        text.sendKeys("The windows were promised for October and are still missing.");
        browser.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
        chromium.waitUntil(d -> d.findElement(By.id("feedback-outcome")).getText().startsWith("Thank you"), 20);
        assertNoSidewaysScroll();
        chromium.screenshot("project-feedback-phone-en.png");
    }

    private void assertNoSidewaysScroll() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}
