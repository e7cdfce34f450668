package org.vidnova.casualties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.casualties.linkage.Verdict;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/**
 * Pages: the public estimate (documented and estimated, with intervals drawn) and its method; for analysts, the
 * persons, one person with their reports side by side, and the review queue with one-click decisions.
 */
@Controller
class CasualtyPages {

    private final CasualtyEstimates estimates;
    private final Persons persons;
    private final Reviews reviews;
    private final VictimReports reports;
    private final Districts districts;
    private final Disclosure disclosure;

    CasualtyPages(CasualtyEstimates estimates, Persons persons, Reviews reviews, VictimReports reports,
            Districts districts, Disclosure disclosure) {
        this.disclosure = disclosure;
        this.estimates = estimates;
        this.persons = persons;
        this.reviews = reviews;
        this.reports = reports;
        this.districts = districts;
    }

    @GetMapping("/casualties")
    String estimate(Model model) {
        CasualtyEstimates.Estimate e = estimates.estimate(ReportStatus.KILLED, true);
        int smallest = disclosure.policy().smallestCount();
        List<CasualtyEstimates.Total> shown = e.strata().stream().filter(t -> t.documented() >= smallest).toList();
        double scale = Math.max(1, shown.stream()
                .mapToDouble(t -> t.ci95() != null && t.ci95()[1] != null ? t.ci95()[1]
                        : t.estimate() != null ? t.estimate() : t.documented())
                .max().orElse(1));
        model.addAttribute("estimate", e);
        model.addAttribute("strata", shown);
        model.addAttribute("hidden", e.strata().size() - shown.size());
        model.addAttribute("scale", scale);
        model.addAttribute("linkedAt", persons.lastRun().orElse(null));
        model.addAttribute("districtsByCode", districts.index());
        return "casualties/estimate";
    }

    @GetMapping("/casualties/method")
    String method() {
        return "casualties/method";
    }

    @GetMapping("/casualties/persons")
    @PreAuthorize("hasRole('ANALYST')")
    String persons(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ReportStatus s = org.vidnova.web.Codes.parse(ReportStatus.class, status == null ? "" : status).orElse(null);
        model.addAttribute("persons", persons.find(s, null, Math.max(0, page), 100));
        model.addAttribute("status", s == null ? null : s.code());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("districtsByCode", districts.index());
        return "casualties/persons";
    }

    @GetMapping("/casualties/persons/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", persons.find(id).orElseThrow(() -> ApiProblem.notFound("No person " + id)));
        model.addAttribute("side", SideBySide.of(reports.ofPerson(id)));
        model.addAttribute("districtsByCode", districts.index());
        return "casualties/person";
    }

    @GetMapping("/casualties/reviews")
    @PreAuthorize("hasRole('ANALYST')")
    String reviews(Model model) {
        List<Reviews.Review> pending = reviews.find(false, 0, 20);
        Map<Long, SideBySide> pairs = new HashMap<>();
        pending.forEach(r -> pairs.put(r.id(), SideBySide.of(reports.pair(r.id(), r.firstReportId(),
                r.secondReportId()))));
        model.addAttribute("reviews", pending);
        model.addAttribute("pairs", pairs);
        model.addAttribute("districtsByCode", districts.index());
        return "casualties/reviews";
    }

    @PostMapping("/casualties/reviews/{id}")
    @PreAuthorize("hasRole('ANALYST')")
    String decide(@PathVariable long id, @RequestParam String decision) {
        Verdict verdict = switch (decision) {
            case "same" -> Verdict.SAME;
            case "different" -> Verdict.DIFFERENT;
            default -> throw ApiProblem.badRequest("decision", "must be same or different");
        };
        reviews.decide(id, verdict);
        return "redirect:/casualties/reviews?decided=" + id;
    }

}
