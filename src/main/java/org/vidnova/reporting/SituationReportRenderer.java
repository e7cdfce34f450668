package org.vidnova.reporting;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ImportTimes;

/**
 * Renders a report as one self-contained XHTML document (charts inlined as PNG data URIs, styles inline) and turns
 * the same document into PDF with openhtmltopdf, embedding DejaVu Sans so that Ukrainian text is drawn and can be
 * extracted.
 */
@Component
class SituationReportRenderer {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ImportTimes.KYIV);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Districts districts;
    private final File fontDir;
    private final Disclosure disclosure;

    SituationReportRenderer(ITemplateEngine templates, MessageSource messages, Districts districts,
            Disclosure disclosure,
            @Value("${vidnova.reporting.font-dir:/usr/share/fonts/truetype/dejavu}") File fontDir) {
        this.templates = templates;
        this.disclosure = disclosure;
        this.messages = messages;
        this.districts = districts;
        this.fontDir = fontDir;
    }

    /** The report as XHTML in {@code locale}, with the changes since {@code previous} (null: the first report). */
    String html(SituationReport report, SituationReport previous, Locale locale) {
        Context context = new Context(locale);
        boolean en = "en".equals(locale.getLanguage());
        Map<String, String> names = new HashMap<>();
        for (District d : districts.all()) {
            names.put(d.code(), en ? d.nameEn() : d.nameUk());
        }
        names.put(SituationReportStrikes.OUTSIDE, message("report.outside", locale));
        Map<String, String> times = new HashMap<>();
        for (SituationReport.Section s : report.sections()) {
            times.put(s.key(), s.dataAt() == null ? "—" : TIME.format(s.dataAt()));
        }
        context.setVariable("report", report);
        context.setVariable("previous", previous);
        context.setVariable("changes", report.changesSince(previous));
        context.setVariable("names", names);
        context.setVariable("times", times);
        context.setVariable("asOf", TIME.format(report.asOf()));
        context.setVariable("lang", locale.getLanguage());
        // Rendered once, when published: the annex states the threshold in force then.
        context.setVariable("smallestShown", disclosure.policy().smallestCount());
        context.setVariable("charts", charts(report, names, locale));
        return templates.process("reports/situation", context);
    }

    /** The PDF of a document made by {@link #html}. */
    byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (String[] face : new String[][] {{"DejaVuSans.ttf", "400"}, {"DejaVuSans-Bold.ttf", "700"}}) {
            File file = new File(fontDir, face[0]);
            if (!file.isFile()) {
                throw new IllegalStateException("The report's font is missing: " + file
                        + " (install fonts-dejavu-core or set vidnova.reporting.font-dir)");
            }
            builder.useFont(file, "DejaVu Sans", Integer.parseInt(face[1]),
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Map<String, String> charts(SituationReport report, Map<String, String> names, Locale locale) {
        Map<String, String> charts = new HashMap<>();
        report.section("strikes").ifPresent(s -> {
            String strikes = message("report.chart.strikes", locale);
            if (s.perDay() != null) {
                charts.put("perDay", ReportCharts.columns(message("report.chart.perDay", locale), strikes,
                        ReportCharts.days(s.perDay())));
            }
            List<ReportCharts.Bar> bars = new ArrayList<>();
            for (SituationReport.Figure f : s.byDistrict()) {
                bars.add(new ReportCharts.Bar(names.getOrDefault(f.district(), f.district()), f.value()));
            }
            charts.put("byDistrict", ReportCharts.rows(message("report.chart.byDistrict", locale), strikes, bars));
        });
        return charts;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
