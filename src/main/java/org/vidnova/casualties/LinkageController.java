package org.vidnova.casualties;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.casualties.linkage.LinkageCounts;
import org.vidnova.casualties.linkage.Verdict;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;

import tools.jackson.databind.JsonNode;

/** Linkage for analysts: run it, read the persons with their reports side by side, decide the doubtful pairs. */
@RestController
@RequestMapping("/api/v1/casualties")
@PreAuthorize("hasRole('ANALYST')")
class LinkageController {

    private final LinkageRuns runs;
    private final Persons persons;
    private final Reviews reviews;
    private final VictimReports reports;
    private final Districts districts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LinkageController(LinkageRuns runs, Persons persons, Reviews reviews, VictimReports reports, Districts districts,
            JdbcClient jdbc, AuditTrail audit) {
        this.runs = runs;
        this.persons = persons;
        this.reviews = reviews;
        this.reports = reports;
        this.districts = districts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Links every report of every list now (synchronously: a million reports take under a minute). */
    @PostMapping("/linkage/runs")
    LinkageCounts run() {
        return runs.run();
    }

    @GetMapping("/persons")
    Map<String, Object> persons(@RequestParam(required = false) String status,
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        ReportStatus s = status == null || status.isBlank() ? null : Codes.parse(ReportStatus.class, status)
                .orElseThrow(() -> ApiProblem.badRequest("status", "must be one of " + Codes.list(ReportStatus.class)));
        String code = district == null || district.isBlank() ? null : districts.resolve(district)
                .map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        return Map.of("items", persons.find(s, code, page, size), "page", page, "size", size);
    }

    /** A person and the reports linked to them, side by side; the read is audited. */
    @GetMapping("/persons/{id}")
    Map<String, Object> person(@PathVariable long id) {
        PersonFacts person = persons.find(id).orElseThrow(() -> ApiProblem.notFound("No person with id " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        body.put("reports", reports.ofPerson(id));
        return body;
    }

    /** The review queue: pending pairs, most probable first ({@code decided=true}: the decisions taken). */
    @GetMapping("/reviews")
    Map<String, Object> reviews(@RequestParam(defaultValue = "false") boolean decided,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return Map.of("items", reviews.find(decided, page, size), "page", page, "size", size);
    }

    /** One pair with its two reports side by side; the read is audited. */
    @GetMapping("/reviews/{id}")
    Map<String, Object> review(@PathVariable long id) {
        Reviews.Review review = reviews.get(id);
        return Map.of("review", review, "reports", reports.pair(id, review.firstReportId(), review.secondReportId()));
    }

    /** {@code {"decision": "same" | "different"}}: kept, and respected by every later run. */
    @PostMapping("/reviews/{id}")
    Reviews.Review decide(@PathVariable long id, @RequestBody JsonNode body) {
        String decision = body.path("decision").asString("");
        Verdict verdict = switch (decision) {
            case "same" -> Verdict.SAME;
            case "different" -> Verdict.DIFFERENT;
            default -> throw ApiProblem.badRequest("decision", "must be same or different");
        };
        return reviews.decide(id, verdict);
    }

    /** Which person each report was linked to: {@code source,source_record_id,person_id}; the export is audited. */
    @GetMapping(value = "/links.csv", produces = "text/csv")
    @Transactional
    public void links(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"casualty-links.csv\"");
        long[] rows = {0};
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("source", "source_record_id", "person_id").get())) {
            jdbc.sql("SELECT source_code, source_record_id, person_id FROM casualties_report"
                    + " ORDER BY source_code, source_record_id").query(rs -> {
                        try {
                            Object person = rs.getObject(3);
                            csv.printRecord(rs.getString(1), rs.getString(2), person == null ? "" : person);
                            rows[0]++;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        audit.record(VictimReports.ENTITY, "links.csv", AuditAction.READ, Map.of("rows", rows[0]));
    }
}
