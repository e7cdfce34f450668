package org.vidnova.audit;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, for administrators only. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String id, @RequestParam(required = false) Instant since,
            @RequestParam(defaultValue = "500") @Min(1) @Max(10000) int limit) {
        return trail.find(entity, id, since, limit);
    }
}
