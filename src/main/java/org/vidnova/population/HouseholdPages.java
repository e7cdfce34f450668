package org.vidnova.population;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.geo.Districts;
import org.vidnova.web.Codes;

/**
 * The register of households without a home and its waiting queue (status waiting, oldest registration first), for
 * analysts: personal data, so every page shown is an audited read.
 */
@Controller
class HouseholdPages {

    static final int PAGE = 100;

    private final Households households;
    private final Districts districts;

    HouseholdPages(Households households, Districts districts) {
        this.households = households;
        this.districts = districts;
    }

    @GetMapping("/population/households")
    @PreAuthorize("hasRole('ANALYST')")
    String register(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        HouseholdStatus s = Codes.parse(HouseholdStatus.class, status == null ? "" : status).orElse(null);
        int p = Math.max(0, page);
        model.addAttribute("households", households.list(s, null, p, PAGE));
        model.addAttribute("total", households.count(s, null));
        model.addAttribute("waiting", households.count(HouseholdStatus.WAITING, null));
        model.addAttribute("status", Codes.of(s));
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("districtsByCode", districts.index());
        return "population/households";
    }
}
