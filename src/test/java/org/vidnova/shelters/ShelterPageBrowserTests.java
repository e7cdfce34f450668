package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidnova.BrowserTest;
import org.vidnova.SharedData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The resident's shelter page in headless Chromium: tap the map, the alert banner, and offline. */
class ShelterPageBrowserTests extends BrowserTest {

    @Autowired
    JsonMapper json;

    private String api(String method, String path, String body) throws Exception {
        return call(method, path, "application/json", body).body();
    }

    private WebElement app() {
        return browser.findElement(By.id("shelter-app"));
    }

    private void openShelters(String query) {
        browser.get(url("/shelters" + query));
        chromium.waitUntil(d -> "true".equals(app().getDomAttribute("data-ready"))
                && app().getDomAttribute("data-shelters") != null, 20);
    }

    /** Taps the map at an offset from its centre and waits for a new answer. */
    private void tapMap(int dx, int dy) {
        String before = String.valueOf(app().getDomAttribute("data-answered"));
        new Actions(browser).moveToElement(browser.findElement(By.id("shelter-map")), dx, dy).click().perform();
        chromium.waitUntil(d -> !before.equals(String.valueOf(app().getDomAttribute("data-answered"))), 20);
    }

    private List<String> listedIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement li : browser.findElements(By.cssSelector("#nearest-list li[data-id]"))) {
            ids.add(li.getDomAttribute("data-id"));
        }
        return ids;
    }

    private List<String> apiIds(String lat, String lon, boolean accessible) throws Exception {
        JsonNode body = json.readTree(api("GET", "/api/v1/shelters/nearest?limit=3&lat=" + lat + "&lon=" + lon
                + "&accessible=" + accessible, null));
        List<String> ids = new ArrayList<>();
        body.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void theCoverageMapShadesTheNineDistrictsOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/shelters/coverage?lang=en"));
        WebElement map = browser.findElement(By.id("coverage-map"));
        chromium.waitUntil(d -> map.getDomAttribute("data-ready") != null, 30);
        assertThat(map.getDomAttribute("data-ready")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#coverage-map path.district"))).hasSize(9);
        chromium.screenshot("coverage-phone-en.png");
    }

    @Test
    void tappingTheMapListsTheSameThreeSheltersAsTheApi() throws Exception {
        SharedData.file("metro/kharkiv_metro_stations.csv");
        browser.manage().window().setSize(new Dimension(390, 844));
        openShelters("?lang=en");
        tapMap(20, -30);
        assertThat(app().getDomAttribute("data-answer")).isEqualTo("online");
        List<String> shown = listedIds();
        assertThat(shown).hasSize(3);
        assertThat(shown).isEqualTo(apiIds(app().getDomAttribute("data-lat"), app().getDomAttribute("data-lon"), false));
        assertThat(browser.findElements(By.cssSelector("#shelter-map path.nearest-line"))).hasSize(3);
        assertThat(browser.findElement(By.id("nearest-list")).getText()).containsPattern("\\d+ (m|km)");
        chromium.screenshot("shelters-phone-en.png");

        browser.findElement(By.id("accessible-only")).click();
        chromium.waitUntil(d -> true, 1);
        tapMap(-40, 20);
        assertThat(listedIds()).isEqualTo(apiIds(app().getDomAttribute("data-lat"), app().getDomAttribute("data-lon"), true));
        browser.findElement(By.id("accessible-only")).click();
    }

    @Test
    void theAlertBannerAppearsAndDisappearsLive() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        openShelters("?lang=uk");
        WebElement banner = browser.findElement(By.id("alert-banner"));
        chromium.waitUntil(d -> "open".equals(banner.getDomAttribute("data-stream")), 20);
        assertThat(banner.isDisplayed()).isFalse();
        String created = api("POST", "/api/v1/alerts", "{\"districts\": [\"UA63120270010315719\"], \"type\": \"air_raid\"}");
        long id = json.readTree(created).get("id").asLong();
        chromium.waitUntil(d -> banner.isDisplayed(), 20);
        assertThat(banner.getText()).contains("Повітряна тривога").contains("Салтівський");
        chromium.screenshot("shelters-alert-uk.png");
        api("POST", "/api/v1/alerts/" + id + "/end", null);
        chromium.waitUntil(d -> !banner.isDisplayed(), 20);
    }

    @Test
    void withTheNetworkGoneThePageStillLoadsAndAnswers() throws Exception {
        SharedData.file("metro/kharkiv_metro_stations.csv");
        browser.manage().window().setSize(new Dimension(390, 844));
        openShelters("?lang=en");
        chromium.waitUntil(d -> "true".equals(app().getDomAttribute("data-offline-ready")), 20);
        // Once more online, now under the service worker, so that this very page is kept too.
        openShelters("?lang=en");
        tapMap(0, 0);
        List<String> online = listedIds();
        String lat = app().getDomAttribute("data-lat");
        String lon = app().getDomAttribute("data-lon");

        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            openShelters("?lang=en");
            tapMap(0, 0);
            assertThat(app().getDomAttribute("data-answer")).isEqualTo("offline");
            assertThat(app().getDomAttribute("data-lat")).isEqualTo(lat);
            assertThat(app().getDomAttribute("data-lon")).isEqualTo(lon);
            assertThat(listedIds()).isEqualTo(online);
            assertThat(browser.findElement(By.id("data-age")).getText()).startsWith("No connection");
            chromium.screenshot("shelters-offline-en.png");
        } finally {
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }
}
