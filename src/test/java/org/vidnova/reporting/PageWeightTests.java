package org.vidnova.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.vidnova.BrowserTest;

/**
 * What keeps the dashboard within its budget on a slow link (docs/benchmarks.md): pages and scripts travel
 * compressed, and the style sheet is inline, so the first paint waits for one round trip, not two.
 */
class PageWeightTests extends BrowserTest {

    private HttpResponse<byte[]> gzipGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theHomePageAndItsScriptsAreCompressedAndItsStylesInline() throws Exception {
        HttpResponse<byte[]> page = gzipGet("/?lang=en");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<style>").contains(".cards {").doesNotContain("href=\"/css/vidnova.css\"");
        assertThat(gzipGet("/webjars/leaflet/dist/leaflet.js").headers().firstValue("Content-Encoding"))
                .hasValue("gzip");
        assertThat(gzipGet("/api/v1/districts.geojson").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
