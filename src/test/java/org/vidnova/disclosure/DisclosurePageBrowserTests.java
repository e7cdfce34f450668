package org.vidnova.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.vidnova.BrowserTest;

/**
 * An administrator decides the policy on a phone: a bad form changes nothing and says which field; a good one is in
 * force at once for the public (the hidden kind of shelter is gone from the public export) and listed with its
 * reason. In Ukrainian, then English.
 */
class DisclosurePageBrowserTests extends BrowserTest {

    @AfterEach
    void defaultPolicy() throws Exception {
        call("PUT", "/api/v1/disclosure/policy", "application/json", """
                {"strikeDelayHours":0,"strikeLocation":"exact","hiddenShelterKinds":[],"smallestCount":3,
                 "reason":"browser test done: back to the default"}""");
    }

    private void signIn() {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.getCurrentUrl().contains("/login"), 20);
    }

    @Test
    void anAdministratorDecidesOnAPhone() throws Exception {
        call("POST", "/api/v1/shelters/imports?source=disclosure-page", "text/csv",
                "external_id,name,kind,address,lat,lon,capacity,accessible,status,district,hours,notes\n"
                        + "dp1,Parking under the mall,parking,,50.001,36.201,300,true,open,,,\n");
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn();
        browser.get(url("/admin/disclosure?lang=uk"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Політика розкриття даних");

        browser.findElement(By.id("strikeDelayHours")).clear();
        browser.findElement(By.id("strikeDelayHours")).sendKeys("24");
        browser.findElement(By.id("kind-parking")).click();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('reason').removeAttribute('required')");
        browser.findElement(By.id("decide")).click();
        // The click may return before the answer to the form post has replaced the page.
        chromium.waitUntil(d -> !d.findElements(By.id("policy-errors")).isEmpty(), 20);
        assertThat(browser.findElement(By.id("policy-errors")).getText()).contains("Підстава рішення");
        assertThat(publicExport()).contains("Parking under the mall");

        browser.findElement(By.id("reason")).sendKeys("Strikes on reported sites within hours; parking shelters "
                + "are in critical infrastructure");
        browser.findElement(By.id("decide")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("policy-saved")).isEmpty(), 20);
        assertThat(browser.findElement(By.id("policy-saved")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("policy-history")).getText()).contains("critical infrastructure",
                "24");
        assertThat(publicExport()).doesNotContain("Parking under the mall");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        chromium.screenshot("disclosure-uk-phone.png");

        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Disclosure policy"), 20);
        assertThat(browser.findElement(By.id("kind-parking")).isSelected()).isTrue();
    }

    private String publicExport() throws Exception {
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url("/api/v1/shelters.csv"))).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
