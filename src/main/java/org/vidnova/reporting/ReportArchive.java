package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The archive of situation reports. A report is stored as published: its figures (JSON, from which the next
 * report's changes are computed) and the rendered HTML and PDF bytes. Re-rendering from figures would let a later
 * template, translation or library change what a published report says, so the documents themselves are kept; a
 * day is about 0.12 MB per language. Making a day's report again adds a version, audited, and never changes the
 * earlier one.
 */
@Service
class ReportArchive {

    static final String ENTITY = "situation-report";
    static final List<String> LANGUAGES = List.of("uk", "en");

    /** A day in the public list: its languages, versions, when its latest version was made. */
    record Day(LocalDate day, List<String> languages, int versions, Instant createdAt, Map<String, String> html,
            Map<String, String> pdf) {

        /** When the latest version was made, in Kyiv time, for the page. */
        public String madeAt() {
            return SituationReportRenderer.TIME.format(createdAt);
        }
    }

    private final SituationReports reports;
    private final SituationReportRenderer renderer;
    private final ReportArchiveRepository archive;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    ReportArchive(SituationReports reports, SituationReportRenderer renderer, ReportArchiveRepository archive,
            AuditTrail audit, JsonMapper json, TransactionTemplate transactions) {
        this.reports = reports;
        this.renderer = renderer;
        this.archive = archive;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * Makes and stores the report of {@code day} in each of {@code languages} as a new version. The figures are
     * gathered once for all languages; rendering happens outside the transaction, which only inserts.
     */
    List<ReportArchiveRepository.Entry> publish(LocalDate day, List<String> languages) {
        SituationReport report = reports.gather(day);
        String figures = json.writeValueAsString(report);
        List<Rendered> rendered = new ArrayList<>();
        for (String lang : languages) {
            SituationReport previous = archive.figuresBefore(day, lang)
                    .map(j -> json.readValue(j, SituationReport.class)).orElse(null);
            String html = renderer.html(report, previous, Locale.forLanguageTag(lang));
            rendered.add(new Rendered(lang, html, renderer.pdf(html)));
        }
        return transactions.execute(tx -> {
            List<ReportArchiveRepository.Entry> stored = new ArrayList<>();
            Instant now = Instant.now();
            for (Rendered r : rendered) {
                int version = archive.lastVersion(day, r.lang()) + 1;
                ReportArchiveRepository.Entry entry = new ReportArchiveRepository.Entry(day, r.lang(), version, now,
                        AuditTrail.currentActor());
                archive.insert(entry, figures, r.html(), r.pdf());
                audit.record(ENTITY, day + "/" + r.lang(), version == 1 ? AuditAction.CREATE : AuditAction.UPDATE,
                        Map.of("version", version, "asOf", report.asOf().toString()));
                stored.add(entry);
            }
            return stored;
        });
    }

    /** Makes the report of {@code day} in the languages that have none yet; a day already reported is left as is. */
    List<ReportArchiveRepository.Entry> publishIfMissing(LocalDate day) {
        List<String> missing = LANGUAGES.stream().filter(l -> archive.lastVersion(day, l) == 0).toList();
        return missing.isEmpty() ? List.of() : publish(day, missing);
    }

    Optional<String> html(LocalDate day, String lang, Integer version) {
        return archive.html(day, lang, version);
    }

    Optional<byte[]> pdf(LocalDate day, String lang, Integer version) {
        return archive.pdf(day, lang, version);
    }

    Optional<SituationReport> figures(LocalDate day, String lang, Integer version) {
        return archive.figures(day, lang, version).map(j -> json.readValue(j, SituationReport.class));
    }

    /** The public list: one entry per day, newest first. */
    List<Day> days() {
        Map<LocalDate, List<ReportArchiveRepository.Entry>> byDay = new LinkedHashMap<>();
        for (ReportArchiveRepository.Entry e : archive.entries()) {
            byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, entries) -> {
            List<String> languages = LANGUAGES.stream()
                    .filter(l -> entries.stream().anyMatch(e -> e.lang().equals(l))).toList();
            Map<String, String> html = new LinkedHashMap<>();
            Map<String, String> pdf = new LinkedHashMap<>();
            for (String lang : languages) {
                html.put(lang, "/api/v1/reports/" + day + ".html?lang=" + lang);
                pdf.put(lang, "/api/v1/reports/" + day + ".pdf?lang=" + lang);
            }
            int versions = entries.stream().mapToInt(ReportArchiveRepository.Entry::version).max().orElse(0);
            Instant created = entries.stream().map(ReportArchiveRepository.Entry::createdAt).max(Instant::compareTo)
                    .orElseThrow();
            days.add(new Day(day, languages, versions, created, html, pdf));
        });
        return days;
    }

    private record Rendered(String lang, String html, byte[] pdf) {
    }
}
