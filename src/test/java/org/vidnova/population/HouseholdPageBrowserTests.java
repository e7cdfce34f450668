package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.vidnova.BrowserTest;

/**
 * The housing pages in headless Chromium on a phone: the public sites page in Ukrainian and English without
 * horizontal overflow; a registrar runs the allocator and confirms a placement; the analyst's register shows it.
 */
class HouseholdPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneARegistrarConfirmsAPlacementAndTheSiteFills() throws Exception {
        String source = "pop-browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/damage/buildings/imports?source=" + source, "text/csv",
                "external_id,address,lat,lon,use,housing_units\nD1,,50.005,36.229,residential,40\n").statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/damage/assessments/imports?source=" + source, "text/csv",
                "external_id,building_external_id,assessed_on,assessor,native_class,habitable\n"
                        + "A1,D1,2022-03-02,commission,commission:destroyed,false\n").statusCode()).isEqualTo(200);
        String name = "Браузерний гуртожиток " + source.substring(12);
        String site = call("POST", "/api/v1/population/sites", "application/json", """
                {"kind":"dormitory","name":"%s","lat":50.005,"lon":36.229,"places":500,"accessible":true}"""
                .formatted(name)).body();
        long siteId = Long.parseLong(site.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String building = call("GET", "/api/v1/damage/buildings?source=" + source, "application/json", null).body();
        long buildingId = Long.parseLong(building.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        assertThat(call("POST", "/api/v1/population/households", "application/json", """
                {"referencePerson":"Синтетична Особа","size":3,"children":1,"homeBuildingId":%d}"""
                .formatted(buildingId)).statusCode()).isEqualTo(201);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/population/sites?lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Тимчасове житло");
        assertThat(browser.findElement(By.id("site-" + siteId)).getText()).contains(name).contains("вільних із 500");
        assertNoOverflow();
        chromium.screenshot("population-sites-phone-uk.png");

        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.getCurrentUrl().contains("/login"), 20);

        browser.get(url("/population/allocations?lang=en"));
        browser.findElement(By.id("run-allocation")).click();
        chromium.waitUntil(d -> d.getCurrentUrl().contains("ran="), 20);
        assertThat(browser.findElement(By.id("allocation-summary")).getText()).startsWith("Allocation ");
        assertNoOverflow();
        var first = browser.findElement(By.cssSelector("#placement-list .placement[data-state=proposed]"));
        String placementId = first.getDomAttribute("id");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
        chromium.screenshot("population-allocation-phone-en.png");
        first.findElement(By.cssSelector("button.confirm")).click();
        chromium.waitUntil(d -> d.getCurrentUrl().contains("decided="), 20);
        assertThat(browser.findElement(By.id(placementId)).getDomAttribute("data-state")).isEqualTo("confirmed");
        browser.findElement(By.id("lang-uk")).click();
        chromium.waitUntil(d -> "Розподіл тимчасового житла".equals(d.findElement(By.tagName("h1")).getText()), 20);

        browser.get(url("/population/households?status=placed&lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Родини без житла");
        assertNoOverflow();
    }

    private void assertNoOverflow() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object widest = browser.executeScript("const w = document.documentElement.clientWidth;"
                + " return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ');");
        assertThat(((Number) overflow).intValue()).as("wider than the phone: %s", widest).isLessThanOrEqualTo(0);
    }
}
