package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vidnova.BrowserTest;
import org.vidnova.SharedData;

/** The home page in headless Chromium: 9 district shapes and 30 stations, in Ukrainian and English, on a phone. */
class HomePageBrowserTests extends BrowserTest {

    private void open(String pathAndQuery) {
        browser.get(url(pathAndQuery));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> !"".equals(String.valueOf(d.findElement(By.id("map")).getDomAttribute("data-ready")))
                        && d.findElement(By.id("map")).getDomAttribute("data-ready") != null);
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-ready")).isEqualTo("true");
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    private int count(String css) {
        return browser.findElements(By.cssSelector(css)).size();
    }

    @Test
    void englishMapShowsNineDistrictsAndThirtyStations() throws IOException {
        SharedData.file("metro/kharkiv_metro_stations.csv");
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/?lang=en");
        assertThat(count("#map path.district")).isEqualTo(9);
        assertThat(count("#map path.metro-station")).isEqualTo(30);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kharkiv: districts and metro stations");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.cssSelector("table.districts tbody tr"))).hasSize(9);
        assertThat(browser.findElement(By.cssSelector("table.districts")).getText()).contains("Saltivskyi");
        screenshot("home-en.png");
    }

    @Test
    void ukrainianMapAndTheLanguageSwitch() throws IOException {
        SharedData.file("metro/kharkiv_metro_stations.csv");
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/?lang=uk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Харків: райони і станції метро");
        assertThat(count("#map path.district")).isEqualTo(9);
        assertThat(count("#map path.metro-station")).isEqualTo(30);
        assertThat(browser.findElement(By.cssSelector("table.districts")).getText()).contains("Салтівський");
        screenshot("home-uk.png");

        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Kharkiv"));
        browser.findElement(By.id("lang-uk")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Харків"));
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() throws IOException {
        SharedData.file("metro/kharkiv_metro_stations.csv");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/?lang=uk");
        JavascriptExecutor js = browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
        assertThat(browser.findElement(By.id("map")).getSize().getWidth()).isLessThanOrEqualTo((int) viewport);
        assertThat(count("#map path.district")).isEqualTo(9);
        screenshot("home-phone-uk.png");
    }
}
