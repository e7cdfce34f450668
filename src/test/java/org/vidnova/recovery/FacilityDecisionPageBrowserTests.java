package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.vidnova.BrowserTest;

/**
 * The facility pages in headless Chromium on a phone: the list leads to a facility's decision page, where the
 * evidence stands above the history, and a planner records a decision with the form.
 */
class FacilityDecisionPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneAPlannerReadsTheEvidenceAndRecordsADecision() throws Exception {
        String source = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("POST", "/api/v1/damage/institutions/imports?source=" + source, "text/csv",
                "external_id,name,use,capacity_children\nK1,Садочок «Сонечко»,kindergarten,150\n"
                        + "K2,Садочок «Веселка»,kindergarten,90\n").body()).contains("\"accepted\":2");
        assertThat(call("POST", "/api/v1/damage/buildings/imports?source=" + source, "text/csv",
                "external_id,lat,lon,use,institution\nB1,50.0405,36.2101,kindergarten,K1\n"
                        + "B2,50.0415,36.2101,kindergarten,K2\n").body()).contains("\"accepted\":2");
        assertThat(call("POST", "/api/v1/damage/assessments/imports?source=" + source, "text/csv",
                "external_id,building_external_id,assessed_on,assessor,native_class,rebuildable\n"
                        + "A1,B1,2024-05-01,commission,commission:capital_repair,yes\n").body())
                .contains("\"accepted\":1");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/recovery/facilities?use=kindergarten&lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Пошкоджені заклади: рішення");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        chromium.screenshot("facilities-phone-uk.png");
        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> "Damaged facilities: decisions".equals(d.findElement(By.tagName("h1")).getText()), 20);
        browser.findElement(By.linkText("Садочок «Сонечко»")).click();
        chromium.waitUntil(d -> "Садочок «Сонечко»".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(browser.findElement(By.id("ev-assessment")).getText()).contains("commission:capital_repair");
        assertThat(browser.findElement(By.id("ev-rebuildable")).getText()).isEqualTo("can be rebuilt");
        assertThat(browser.findElement(By.id("nearest")).getText()).contains("Садочок «Веселка»")
                .contains("90 children");
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        // on a phone the evidence comes first, the history below it
        assertThat(browser.findElement(By.id("decisions")).getLocation().getY())
                .isGreaterThan(browser.findElement(By.id("evidence")).getLocation().getY());
        assertThat(overflow()).isLessThanOrEqualTo(0);
        String page = browser.getCurrentUrl();

        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.getCurrentUrl().contains("/login"), 20);
        browser.get(page);
        chromium.waitUntil(d -> !d.findElements(By.id("decision-form")).isEmpty(), 20);
        new Select(browser.findElement(By.id("decision"))).selectByValue("merge");
        new Select(browser.findElement(By.id("mergeTarget"))).selectByVisibleText(
                browser.findElement(By.cssSelector("#mergeTarget option:nth-child(2)")).getText());
        browser.findElement(By.id("costEstimate")).sendKeys("1500000");
        browser.findElement(By.id("reason")).sendKeys("«Веселка» за 110 м приймає дітей");
        browser.findElement(By.id("save-decision")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("saved")).isEmpty(), 20);
        assertThat(browser.findElement(By.id("in-force")).getText()).contains("merge into another → Садочок «Веселка»");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("kindergarten ·");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Садочок «Веселка»")
                .contains("«Веселка» за 110 м приймає дітей");
        assertThat(browser.findElement(By.id("ev-cost")).getText()).contains("1 500 000");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        chromium.screenshot("facility-decision-phone-en.png");
    }

    private int overflow() {
        return ((Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }
}
