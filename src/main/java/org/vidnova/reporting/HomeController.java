package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vidnova.casualties.CasualtyFigures;
import org.vidnova.damage.DamageFigures;
import org.vidnova.geo.Districts;
import org.vidnova.incidents.IncidentFigures;
import org.vidnova.shelters.Alerts;
import org.vidnova.shelters.OpenShelters;
import org.vidnova.shelters.ShelterRegister;
import org.vidnova.web.ImportTimes;

/**
 * The home page: the city at a glance (strikes, killed, homes, shelters, each figure dated and linked to its page
 * and method), and a map of the districts and metro stations.
 */
@Controller
class HomeController {

    /** The shelters' part of the dashboard. */
    record ShelterFigures(long open, long capacity, long activeAlerts) {
    }

    private final Districts districts;
    private final IncidentFigures strikes;
    private final CasualtyFigures casualties;
    private final DamageFigures damage;
    private final ShelterRegister shelters;
    private final Alerts alerts;

    HomeController(Districts districts, IncidentFigures strikes, CasualtyFigures casualties, DamageFigures damage,
            ShelterRegister shelters, Alerts alerts) {
        this.districts = districts;
        this.strikes = strikes;
        this.casualties = casualties;
        this.damage = damage;
        this.shelters = shelters;
        this.alerts = alerts;
    }

    @GetMapping("/")
    String home(Model model) {
        Instant now = Instant.now();
        model.addAttribute("districts", districts.all());
        model.addAttribute("asOf", now);
        model.addAttribute("strikes", strikes.at(now));
        model.addAttribute("killed", casualties.killed());
        model.addAttribute("homes", damage.asOf(LocalDate.now(ImportTimes.KYIV)));
        OpenShelters open = shelters.open();
        model.addAttribute("shelters", new ShelterFigures(open.count(), open.capacity(), alerts.active().size()));
        return "reporting/home";
    }
}
