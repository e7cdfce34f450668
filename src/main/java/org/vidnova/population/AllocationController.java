package org.vidnova.population;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;

import tools.jackson.databind.JsonNode;

/** Registrars run the allocator, read its proposal and decide each placement. */
@RestController
@RequestMapping("/api/v1/population/allocations")
@PreAuthorize("hasRole('REGISTRAR')")
class AllocationController {

    private final Allocations allocations;

    AllocationController(Allocations allocations) {
        this.allocations = allocations;
    }

    /** Runs the allocator over the households waiting now; the proposal supersedes earlier undecided ones. */
    @PostMapping
    ResponseEntity<Allocations.Run> run() {
        Allocations.Run run = allocations.run();
        return ResponseEntity.created(URI.create("/api/v1/population/allocations/" + run.id())).body(run);
    }

    @GetMapping("/{id}")
    Allocations.Run one(@PathVariable long id) {
        return allocations.find(id).orElseThrow(() -> ApiProblem.notFound("No allocation with id " + id));
    }

    /** {@code {date}} (optional, default today): the household moves into the proposed site. */
    @PostMapping("/{id}/placements/{pid}/confirm")
    Placement confirm(@PathVariable long id, @PathVariable long pid, @RequestBody(required = false) JsonNode body) {
        return allocations.confirm(id, pid, HouseholdController.date(body == null ? null
                : body.path("date").asString("")));
    }

    /** {@code {siteId, reason, date}}: another site (or, without siteId, none: the household keeps waiting). */
    @PostMapping("/{id}/placements/{pid}/override")
    Placement override(@PathVariable long id, @PathVariable long pid, @RequestBody JsonNode body) {
        String reason = body.path("reason").asString("").strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw ApiProblem.badRequest("reason", "is required (at most 500 characters)");
        }
        JsonNode site = body.get("siteId");
        if (site != null && !site.isNull() && !site.isIntegralNumber()) {
            throw ApiProblem.badRequest("siteId", "must be a temporary site's id");
        }
        return allocations.override(id, pid, site == null || site.isNull() ? null : site.asLong(), reason,
                HouseholdController.date(body.path("date").asString("")));
    }
}
