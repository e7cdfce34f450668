package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The alert stream over a real HTTP connection: a snapshot on connect, then raised and ended as they happen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AlertStreamTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:test-admin-password-1234".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path).isBetween(200, 299);
        return response.body();
    }

    /** The next "event:" line and its "data:" line, as "name data". */
    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        String event = null;
        while (true) {
            String line = lines.poll(15, TimeUnit.SECONDS);
            assertThat(line).as("an SSE line within 15 s").isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:") && event != null) {
                return event + " " + line.substring(5).strip();
            }
        }
    }

    @Test
    void streamsSnapshotRaisedAndEnded() throws Exception {
        HttpRequest stream = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> response = http.send(stream, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the connection closes when the test ends
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(nextEvent(lines)).startsWith("snapshot [");
            String created = call("POST", "/api/v1/alerts",
                    "{\"districts\": [\"UA63120270010315719\"], \"type\": \"air_raid\"}");
            String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
            assertThat(nextEvent(lines)).startsWith("raised ").contains("\"id\":" + id);
            call("POST", "/api/v1/alerts/" + id + "/end", null);
            assertThat(nextEvent(lines)).startsWith("ended ").contains("\"id\":" + id).contains("endedAt");
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }
}
