package org.vidnova.population;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/**
 * The registrars' review of the newest allocation: each proposed placement with its explanation, confirmed or
 * overridden with one form; a button runs the allocator again. No personal data: households by id and people.
 */
@Controller
@PreAuthorize("hasRole('REGISTRAR')")
class AllocationPages {

    static final int SHOWN = 200;

    private final Allocations allocations;
    private final TemporarySites sites;
    private final Districts districts;

    AllocationPages(Allocations allocations, TemporarySites sites, Districts districts) {
        this.allocations = allocations;
        this.sites = sites;
        this.districts = districts;
    }

    @GetMapping("/population/allocations")
    String review(Model model) {
        Allocations.Run run = allocations.latest().flatMap(allocations::find).orElse(null);
        model.addAttribute("run", run);
        // A phone shows the first placements of the queue; the API gives them all.
        model.addAttribute("shown", run == null ? java.util.List.of()
                : run.placements().stream().limit(SHOWN).toList());
        model.addAttribute("sites", sites.all());
        model.addAttribute("districtsByCode", districts.index());
        return "population/allocations";
    }

    @PostMapping("/population/allocations")
    String run() {
        return "redirect:/population/allocations?ran=" + allocations.run().id();
    }

    @PostMapping("/population/allocations/{id}/placements/{pid}")
    String decide(@PathVariable long id, @PathVariable long pid, @RequestParam String decision,
            @RequestParam(required = false) Long siteId, @RequestParam(required = false) String reason) {
        switch (decision) {
            case "confirm" -> allocations.confirm(id, pid, HouseholdController.date(null));
            case "override" -> {
                if (reason == null || reason.isBlank() || reason.length() > 500) {
                    throw ApiProblem.badRequest("reason", "is required (at most 500 characters)");
                }
                allocations.override(id, pid, siteId, reason.strip(), HouseholdController.date(null));
            }
            default -> throw ApiProblem.badRequest("decision", "must be confirm or override");
        }
        return "redirect:/population/allocations?decided=" + pid + "#placement-" + pid;
    }
}
