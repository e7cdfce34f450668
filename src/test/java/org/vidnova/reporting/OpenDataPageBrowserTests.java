package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.vidnova.BrowserTest;

/** The open-data page on a phone, in Ukrainian and English, reached from every page's footer. */
class OpenDataPageBrowserTests extends BrowserTest {

    @Test
    void onAPhoneInBothLanguages() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/?lang=uk"));
        browser.findElement(By.id("footer-open-data")).click();
        // A click may return before the next page has replaced this one.
        chromium.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Відкриті дані"), 20);
        assertThat(browser.findElements(By.cssSelector("section.dataset")).size()).isGreaterThanOrEqualTo(5);
        assertThat(browser.findElement(By.cssSelector("section.dataset[data-id=incidents]")).getText())
                .contains("Удари по Харкову", "CSV");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        chromium.screenshot("open-data-uk-phone.png");
        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Open data"), 20);
        assertThat(browser.findElement(By.cssSelector("section.dataset[data-id=districts]")).getText())
                .contains("ODbL-1.0");
    }
}
