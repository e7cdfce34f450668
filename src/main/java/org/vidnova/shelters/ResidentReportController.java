package org.vidnova.shelters;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

/** Residents report a shelter found closed or full (public, rate-limited); registrars check the reports. */
@RestController
@RequestMapping("/api/v1/shelters")
class ResidentReportController {

    /** Body of a resident's report: only what was found, nothing about who found it. */
    record NewReport(@NotNull @Pattern(regexp = "closed|full", message = "must be closed or full") String problem) {
    }

    /** Body of a registrar's check. */
    record Check(@NotNull @Pattern(regexp = "confirmed|dismissed", message = "must be confirmed or dismissed")
            String outcome) {
    }

    private final ResidentReports reports;
    private final ShelterRegister register;
    private final ReportRateLimit rateLimit;

    ResidentReportController(ResidentReports reports, ShelterRegister register, ReportRateLimit rateLimit) {
        this.reports = reports;
        this.register = register;
        this.rateLimit = rateLimit;
    }

    @PostMapping("/{id}/reports")
    ResponseEntity<ResidentReport> report(@PathVariable long id, @Valid @RequestBody NewReport report,
            HttpServletRequest request) {
        register.find(id).orElseThrow(() -> ShelterRegister.notFound(id));
        if (!rateLimit.tryAcquire(request.getRemoteAddr(), id)) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many reports",
                    "Thank you: this report was already received. Please try again in a few minutes.",
                    List.of(FieldError.of("problem", "too many reports from this device; try later")));
        }
        ResidentReport saved = reports.report(id, report.problem());
        // The public answer says only that the report waits; checker names stay internal.
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ResidentReport(saved.id(), saved.shelterId(),
                saved.shelterName(), saved.problem(), saved.reportedAt(), saved.state(), null, null));
    }

    @GetMapping("/reports")
    @PreAuthorize("hasRole('REGISTRAR')")
    List<ResidentReport> queue(@RequestParam(defaultValue = "pending")
            @Pattern(regexp = "pending|confirmed|dismissed") String state) {
        return reports.find(state);
    }

    @PostMapping("/reports/{reportId}/check")
    @PreAuthorize("hasRole('REGISTRAR')")
    ResidentReport check(@PathVariable long reportId, @Valid @RequestBody Check check) {
        return reports.check(reportId, "confirmed".equals(check.outcome()));
    }
}
