package org.vidnova.population;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vidnova.geo.Districts;

/** The public page of temporary sites with their occupancy, and the homeless households by district. */
@Controller
class TemporarySitePages {

    private final TemporarySites sites;
    private final Districts districts;

    TemporarySitePages(TemporarySites sites, Districts districts) {
        this.sites = sites;
        this.districts = districts;
    }

    @GetMapping("/population/sites")
    String sites(Model model) {
        List<TemporarySite> all = sites.all();
        model.addAttribute("sites", all);
        model.addAttribute("places", all.stream().mapToInt(TemporarySite::places).sum());
        model.addAttribute("free", all.stream().mapToInt(TemporarySite::free).sum());
        model.addAttribute("districtsByCode", districts.index());
        return "population/sites";
    }
}
