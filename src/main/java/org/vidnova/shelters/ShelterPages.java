package org.vidnova.shelters;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.geo.Districts;

/** Pages: the resident's nearest-shelter finder, the registrars' shelter desk, the coverage map. */
@Controller
class ShelterPages {

    private final ShelterRegister register;
    private final ResidentReports reports;
    private final Districts districts;
    private final ShelterCoverage coverage;

    ShelterPages(ShelterRegister register, ResidentReports reports, Districts districts,
            ShelterCoverage coverage) {
        this.coverage = coverage;
        this.register = register;
        this.reports = reports;
        this.districts = districts;
    }

    @GetMapping("/shelters")
    String nearest(Model model) {
        return "shelters/nearest";
    }

    @GetMapping("/shelters/coverage")
    String coverage(Model model) {
        model.addAttribute("coverage", coverage.report());
        return "shelters/coverage";
    }

    @GetMapping("/shelters/manage")
    @PreAuthorize("hasRole('REGISTRAR')")
    String manage(Model model) {
        List<Shelter> shelters = register.all().stream()
                .sorted(Comparator.comparing(Shelter::kind).thenComparing(Shelter::name)).toList();
        model.addAttribute("shelters", shelters);
        model.addAttribute("pending", reports.find("pending"));
        model.addAttribute("reportsByShelter", reports.pendingByShelter());
        model.addAttribute("districts", districts.all());
        return "shelters/manage";
    }

    @PostMapping("/shelters/manage/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    String save(@PathVariable long id, @RequestParam String status,
            @RequestParam(required = false) @Min(0) @Max(1_000_000) Integer capacity,
            @RequestParam(required = false) @Min(0) @Max(1_000_000) Integer occupancy) {
        register.patch(id, new ShelterPatch(ShelterStatus.parse(status).map(ShelterStatus::code).orElse(null),
                capacity, occupancy));
        return "redirect:/shelters/manage?saved=" + id + "#shelter-" + id;
    }

    @PostMapping("/shelters/manage/reports/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    String check(@PathVariable long id, @RequestParam String outcome) {
        reports.check(id, "confirmed".equals(outcome));
        return "redirect:/shelters/manage#reports";
    }
}
