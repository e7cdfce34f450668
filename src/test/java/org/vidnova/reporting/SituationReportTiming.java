package org.vidnova.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the situation report takes (issue 10: the PDF in at most 3 s): the whole request that makes and stores a
 * day's report in both languages, and serving a stored PDF, with 20,000 strikes over the 30 days of its chart.
 * Phases (gather, HTML with charts, PDF) are timed alone first. Not a unit test: run with
 * {@code -Dvidnova.bench=true} (see docs/benchmarks.md); prints the first (cold) time and the median, min and max of
 * the following runs. {@code -Dvidnova.bench.warm-up=true} first renders as the application's start-up warm-up does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "vidnova.bench", matches = "true")
class SituationReportTiming {

    static final String ADMIN = "test-admin-password-1234";
    static final int RUNS = Integer.getInteger("vidnova.bench.runs", 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    SituationReports reports;
    @Autowired
    SituationReportRenderer renderer;

    @Test
    void reportTimes() throws Exception {
        LocalDate day = LocalDate.of(1991, 6, 30);
        Random random = new Random(10);
        StringBuilder csv = new StringBuilder(
                "external_id,occurred_at,type,lat,lon,killed,injured,source,description\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("T").append(i).append(',').append(day.minusDays(random.nextInt(30))).append("T")
                    .append(String.format(Locale.ROOT, "%02d", random.nextInt(24))).append(":00:00+03:00,shelling,")
                    .append(String.format(Locale.ROOT, "%.5f,%.5f", 49.93 + random.nextDouble() * 0.14,
                            36.15 + random.nextDouble() * 0.25)).append(",,,,\n");
        }
        mvc.perform(post("/api/v1/incidents/imports").param("source", "bench-report").with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content(csv.toString())).andExpect(jsonPath("$.created").value(20_000));
        if (Boolean.getBoolean("vidnova.bench.warm-up")) {
            new SituationReportWarmUp(renderer).render();
        }

        List<Long> make = new ArrayList<>();
        List<Long> serve = new ArrayList<>();
        List<Long> gather = new ArrayList<>();
        List<Long> html = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long g0 = System.nanoTime();
            SituationReport report = reports.gather(day);
            long g1 = System.nanoTime();
            String page = renderer.html(report, null, Locale.forLanguageTag("uk"));
            long g2 = System.nanoTime();
            renderer.pdf(page);
            long g3 = System.nanoTime();
            gather.add((g1 - g0) / 1_000_000);
            html.add((g2 - g1) / 1_000_000);
            pdf.add((g3 - g2) / 1_000_000);
        }
        for (int run = 0; run <= RUNS; run++) {
            long t0 = System.nanoTime();
            mvc.perform(post("/api/v1/reports").param("day", day.toString()).with(httpBasic("admin", ADMIN)));
            long t1 = System.nanoTime();
            mvc.perform(get("/api/v1/reports/" + day + ".pdf").param("lang", "uk")).andReturn().getResponse()
                    .getContentAsByteArray();
            long t2 = System.nanoTime();
            make.add((t1 - t0) / 1_000_000);
            serve.add((t2 - t1) / 1_000_000);
        }
        byte[] stored = mvc.perform(get("/api/v1/reports/" + day + ".pdf").param("lang", "uk")).andReturn()
                .getResponse().getContentAsByteArray();
        int page = mvc.perform(get("/api/v1/reports/" + day + ".html").param("lang", "uk")).andReturn().getResponse()
                .getContentAsByteArray().length;
        System.out.printf(Locale.ROOT, "BENCH sizes: HTML %d bytes, PDF %d bytes (uk)%n", page, stored.length);
        print("gather the figures", gather);
        print("HTML uk with its 2 charts", html);
        print("PDF uk from the HTML", pdf);
        print("make and store uk+en (gather, 4 charts, 2 HTML, 2 PDF)", make);
        print("serve the stored PDF", serve);
    }

    private static void print(String what, List<Long> ms) {
        long[] warm = ms.subList(1, ms.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "BENCH %s: first %d ms; then median %d ms (min %d, max %d, n=%d) %s%n", what,
                ms.get(0), warm[warm.length / 2], warm[0], warm[warm.length - 1], warm.length, Arrays.toString(warm));
    }
}
