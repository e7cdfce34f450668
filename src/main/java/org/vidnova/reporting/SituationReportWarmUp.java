package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a made-up report once in each language after start-up, in the background, so the first real report does
 * not pay for loading the chart, PDF and font code (measured: 7 s cold against under 1 s warm, docs/benchmarks.md).
 * Off with {@code vidnova.reporting.warm-up=false} (the tests turn it off to spare the shared CPU).
 */
@Component
@ConditionalOnProperty(name = "vidnova.reporting.warm-up", havingValue = "true", matchIfMissing = true)
class SituationReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SituationReportWarmUp.class);

    private final SituationReportRenderer renderer;

    SituationReportWarmUp(SituationReportRenderer renderer) {
        this.renderer = renderer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::render, "situation-report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void render() {
        long start = System.nanoTime();
        SituationReport sample = new SituationReport(LocalDate.of(2022, 1, 1), Instant.EPOCH, List.of(
                new SituationReport.Section("strikes", Instant.EPOCH, "/incidents",
                        List.of(SituationReport.Figure.count("last24h", 1),
                                SituationReport.Figure.inDistrict("total", SituationReportStrikes.OUTSIDE, 1)),
                        Map.of("2022-01-01", 1L))));
        try {
            for (String lang : ReportArchive.LANGUAGES) {
                renderer.pdf(renderer.html(sample, null, Locale.forLanguageTag(lang)));
            }
            log.info("Situation report renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A missing font shows here first, before the morning's report needs it.
            log.warn("Situation report renderer could not warm up: {}", e.getMessage());
        }
    }
}
