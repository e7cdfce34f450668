package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.vidnova.BrowserTest;

/** The damage page in headless Chromium on a phone: the map draws the damaged buildings, nothing overflows. */
class DamagePageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneTheMapDrawsTheDamagedBuildings() throws Exception {
        String source = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/damage/buildings/imports?source=" + source, "text/csv",
                DamageTestBase.BUILDINGS + "\nB1,,50.005,36.229,residential,,9,60,,,\n"
                        + "B2,,49.99,36.25,school,,3,0,,,listed\nB3,,50.02,36.30,residential,,5,20,,,\n")
                .statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/damage/assessments/imports?source=" + source, "text/csv",
                DamageTestBase.ASSESSMENTS + "\nA1,,B1,2022-03-01,commission,commission:destroyed,,,false,no,,\n"
                        + "A2,,B2,2022-03-02,inspector,ems98:3,,,false,yes,,\n").statusCode()).isEqualTo(200);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/damage?lang=uk"));
        WebElement map = browser.findElement(By.id("damage-map"));
        chromium.waitUntil(d -> map.getDomAttribute("data-ready") != null, 30);
        assertThat(map.getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(Integer.parseInt(map.getDomAttribute("data-buildings"))).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Руйнування житла й закладів");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        browser.executeScript("document.getElementById('damage-map').scrollIntoView();");
        chromium.screenshot("damage-phone-uk.png");
        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> "Damage to homes and facilities".equals(d.findElement(By.tagName("h1")).getText()), 20);
    }
}
