package org.vidnova.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportTimes;

/** The situation reports' API: make one (analysts), list the archive and read a report as published (public). */
@RestController
class ReportArchiveController {

    private final ReportArchive archive;

    ReportArchiveController(ReportArchive archive) {
        this.archive = archive;
    }

    /**
     * Makes the report of {@code day} (default: today in Kyiv) in {@code lang} (default: uk and en) as a new
     * version; an earlier version stays in the archive.
     */
    @PostMapping("/api/v1/reports")
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<List<ReportArchiveRepository.Entry>> make(@RequestParam(required = false) String day,
            @RequestParam(required = false) String lang) {
        LocalDate d = day == null || day.isBlank() ? LocalDate.now(ImportTimes.KYIV) : day(day);
        if (d.isAfter(LocalDate.now(ImportTimes.KYIV))) {
            throw ApiProblem.badRequest("day", "is in the future");
        }
        List<String> languages = lang == null || lang.isBlank() ? ReportArchive.LANGUAGES : List.of(lang(lang));
        return ResponseEntity.status(HttpStatus.CREATED).body(archive.publish(d, languages));
    }

    @GetMapping("/api/v1/reports")
    List<ReportArchive.Day> list() {
        return archive.days();
    }

    @GetMapping(value = "/api/v1/reports/{day}.html", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable String day, @RequestParam(defaultValue = "uk") String lang,
            @RequestParam(required = false) Integer version) {
        return archive.html(day(day), lang(lang), version).orElseThrow(() -> missing(day, lang));
    }

    @GetMapping(value = "/api/v1/reports/{day}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String day, @RequestParam(defaultValue = "uk") String lang,
            @RequestParam(required = false) Integer version) {
        byte[] pdf = archive.pdf(day(day), lang(lang), version).orElseThrow(() -> missing(day, lang));
        return ResponseEntity.ok().header("Content-Disposition",
                "inline; filename=\"vidnova-situation-" + day + "-" + lang + ".pdf\"").body(pdf);
    }

    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("day", "must be a date as YYYY-MM-DD");
        }
    }

    static String lang(String lang) {
        if (!ReportArchive.LANGUAGES.contains(lang)) {
            throw ApiProblem.badRequest("lang", "must be one of " + String.join(", ", ReportArchive.LANGUAGES));
        }
        return lang;
    }

    static ApiProblem missing(String day, String lang) {
        return ApiProblem.notFound("No situation report of " + day + " in " + lang);
    }
}
