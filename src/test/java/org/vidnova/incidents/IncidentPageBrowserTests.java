package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidnova.BrowserTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incidents page in headless Chromium on a phone, in Ukrainian and English: the choropleth shades the most
 * struck district darkest, the timeline draws one series per district, nothing overflows the screen; and a
 * registrar places a strike by tapping the map picker. 2007 and 2008 belong to this suite.
 */
class IncidentPageBrowserTests extends BrowserTest {

    @Autowired
    JsonMapper json;

    private HttpResponse<String> api(String method, String path, String contentType, String body) throws Exception {
        return call(method, path, contentType, body);
    }

    @BeforeEach
    void importTheYear() throws Exception {
        StringBuilder csv = new StringBuilder(IncidentImportTests.HEADER + "\n");
        // Five strikes in the north-east, one in the centre: the north-east district must be the darkest.
        for (int i = 0; i < 5; i++) {
            csv.append("s").append(i).append(",2008-03-0").append(i + 1).append("T0").append(i + 2)
                    .append(":00:00+02:00,shelling,50.03,36.33,0,1,,Saltivka\n");
        }
        csv.append("c1,2008-04-01T12:00:00+03:00,missile,50.0047,36.2314,1,0,,centre\n");
        assertThat(api("POST", "/api/v1/incidents/imports?source=browser-test", "text/csv", csv.toString())
                .statusCode()).isEqualTo(200);
    }

    private void openDashboard(String lang) {
        browser.get(url("/incidents?from=2008-01-01&to=2008-12-31&lang=" + lang));
        chromium.waitUntil(d -> "true".equals(d.findElement(By.id("incident-map")).getDomAttribute("data-ready"))
                && "true".equals(d.findElement(By.id("incident-timeline")).getDomAttribute("data-ready")), 20);
    }

    @Test
    void onAPhoneTheMapShadesTheMostStruckDistrictDarkestInBothLanguages() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        openDashboard("uk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Удари по місту");
        List<WebElement> districts = browser.findElements(By.cssSelector("#incident-map path.district"));
        assertThat(districts).hasSize(9);
        // The district the register put the five strikes in (geo's locate is tested on its own).
        String saltivskyi = json.readTree(api("GET", "/api/v1/incidents?source=browser-test&type=shelling&size=1",
                "application/json", null).body()).get("items").get(0).get("district").asString();
        double darkest = 0;
        double lightest = 1;
        for (WebElement d : districts) {
            darkest = Math.max(darkest, Double.parseDouble(d.getDomAttribute("fill-opacity")));
            lightest = Math.min(lightest, Double.parseDouble(d.getDomAttribute("fill-opacity")));
        }
        WebElement saltivka = browser.findElement(By.cssSelector("#incident-map path.district-" + saltivskyi));
        assertThat(Double.parseDouble(saltivka.getDomAttribute("fill-opacity"))).isEqualTo(darkest);
        assertThat(darkest).isGreaterThan(lightest);
        assertThat(browser.findElement(By.cssSelector("#incident-table tr[data-code='" + saltivskyi + "'] .incidents"))
                .getText()).isEqualTo("5");
        WebElement timeline = browser.findElement(By.id("incident-timeline"));
        assertThat(timeline.getDomAttribute("data-series")).isEqualTo("9");
        // A year is drawn in weeks: 2007-12-31 to 2008-12-29.
        assertThat(timeline.getDomAttribute("data-bars")).isEqualTo("53");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        chromium.screenshot("incidents-phone-uk.png");
        browser.executeScript("document.getElementById('incident-map').scrollIntoView();");
        chromium.screenshot("incidents-phone-uk-map.png");
        browser.executeScript("document.getElementById('incident-timeline').scrollIntoView();");
        chromium.screenshot("incidents-phone-uk-timeline.png");

        browser.findElement(By.id("lang-en")).click();
        chromium.waitUntil(d -> "Strikes on the city".equals(d.findElement(By.tagName("h1")).getText()), 20);
        assertThat(browser.getCurrentUrl()).contains("from=2008-01-01");
        chromium.waitUntil(d -> "true".equals(d.findElement(By.id("incident-map")).getDomAttribute("data-ready")), 20);
        assertThat(browser.findElement(By.id("period-total")).getText()).isEqualTo("Strikes from 2008-01-01 to 2008-12-31: 6.");
        chromium.screenshot("incidents-phone-en.png");
    }

    @Test
    void aRegistrarPlacesAStrikeByTappingTheMap() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/login?lang=en"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitUntil(d -> !d.getCurrentUrl().contains("/login"), 20);

        browser.get(url("/incidents/manage/new?lang=en"));
        chromium.waitUntil(d -> "true".equals(d.findElement(By.id("picker-map")).getDomAttribute("data-ready")), 20);
        WebElement map = browser.findElement(By.id("picker-map"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        new Actions(browser).moveToElement(map, 5, 5).click().perform();
        WebElement lat = browser.findElement(By.id("lat"));
        chromium.waitUntil(d -> !lat.getDomProperty("value").isEmpty(), 10);
        double pickedLat = Double.parseDouble(lat.getDomProperty("value"));
        double pickedLon = Double.parseDouble(browser.findElement(By.id("lon")).getDomProperty("value"));
        assertThat(pickedLat).isBetween(49.85, 50.15);
        assertThat(pickedLon).isBetween(36.0, 36.5);
        assertThat(browser.findElements(By.cssSelector("#picker-map path.picked"))).hasSize(1);

        browser.executeScript("document.getElementById('occurredAt').value = '2007-06-01T10:15';");
        new Select(browser.findElement(By.id("type"))).selectByValue("drone");
        browser.findElement(By.id("killed")).sendKeys("0");
        browser.findElement(By.id("save-incident")).click();
        chromium.waitUntil(d -> d.getCurrentUrl().contains("saved="), 20);
        String id = browser.getCurrentUrl().replaceAll(".*saved=(\\d+).*", "$1");
        assertThat(browser.findElement(By.id("incident-" + id)).getText()).contains("01.06.2007 10:15");

        JsonNode stored = json.readTree(api("GET", "/api/v1/incidents/" + id, "application/json", null).body());
        assertThat(stored.get("lat").asDouble()).isEqualTo(pickedLat);
        assertThat(stored.get("lon").asDouble()).isEqualTo(pickedLon);
        assertThat(stored.get("type").asString()).isEqualTo("drone");
        assertThat(stored.get("occurredAt").asString()).isEqualTo("2007-06-01T07:15:00Z");
    }
}
