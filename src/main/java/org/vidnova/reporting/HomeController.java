package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.casualties.CasualtyFigures;
import org.vidnova.casualties.KilledFigures;
import org.vidnova.damage.DamageFigures;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.incidents.IncidentFigures;
import org.vidnova.population.PopulationFigures;
import org.vidnova.recovery.RecoveryFigures;
import org.vidnova.shelters.Alerts;
import org.vidnova.shelters.OpenShelters;
import org.vidnova.shelters.ShelterRegister;
import org.vidnova.web.ImportTimes;

/**
 * The home page: the city at a glance (strikes, killed, homes, shelters, each figure dated and linked to its page
 * and method) as of a chosen day, for the city or one district, and a map of the districts and metro stations.
 */
@Controller
class HomeController {

    /** The shelters' part of the dashboard. */
    record ShelterFigures(long open, long capacity, long activeAlerts) {
    }

    /** The killed as the public may read them: a count under the policy's threshold is shown as "<N". */
    record KilledShown(Object documented, Double estimate, Double low, Double high, Instant linkedAt) {
    }

    private final Districts districts;
    private final IncidentFigures strikes;
    private final CasualtyFigures casualties;
    private final DamageFigures damage;
    private final ShelterRegister shelters;
    private final Alerts alerts;
    private final Disclosure disclosure;
    private final PopulationFigures population;
    private final RecoveryFigures recovery;

    HomeController(Districts districts, IncidentFigures strikes, CasualtyFigures casualties, DamageFigures damage,
            ShelterRegister shelters, Alerts alerts, Disclosure disclosure, PopulationFigures population,
            RecoveryFigures recovery) {
        this.population = population;
        this.recovery = recovery;
        this.districts = districts;
        this.strikes = strikes;
        this.casualties = casualties;
        this.damage = damage;
        this.shelters = shelters;
        this.alerts = alerts;
        this.disclosure = disclosure;
    }

    /**
     * {@code asOf}: a Kyiv date (default today; a later one reads as today); {@code district}: a code or any name of
     * a district (default the city). A value that cannot be read is said on the page and the default is shown.
     */
    @GetMapping("/")
    String home(@RequestParam(required = false) String asOf, @RequestParam(required = false) String district,
            Model model) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        LocalDate day = today;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("badAsOf", asOf);
            }
        }
        if (day.isAfter(today)) {
            day = today;
        }
        District chosen = district == null || district.isBlank() ? null : districts.resolve(district).orElse(null);
        if (chosen == null && district != null && !district.isBlank()) {
            model.addAttribute("badDistrict", district);
        }
        String code = chosen == null ? null : chosen.code();
        // A past day is shown at its end (23:59), which it counts up to.
        Instant at = day.equals(today) ? now
                : day.plusDays(1).atStartOfDay(ImportTimes.KYIV).toInstant().minusSeconds(60);
        model.addAttribute("districts", districts.all());
        model.addAttribute("asOf", at);
        model.addAttribute("asOfDay", day);
        model.addAttribute("today", today);
        model.addAttribute("district", chosen);
        model.addAttribute("strikes", code == null && day.equals(today) ? strikes.at(now)
                : strikes.asOf(day, code, now));
        KilledFigures k = casualties.killed(code);
        Object documented = code == null ? (Object) k.documented() : disclosure.policy().count(k.documented());
        // A suppressed count keeps its estimate hidden too: an interval around 2 tells the count.
        boolean shown = documented instanceof Long;
        model.addAttribute("killed", new KilledShown(documented, shown ? k.estimate() : null,
                shown ? k.low() : null, shown ? k.high() : null, k.linkedAt()));
        model.addAttribute("homes", damage.asOf(day));
        OpenShelters open = code == null ? shelters.open() : shelters.open(code);
        long active = alerts.active().stream().filter(a -> code == null || a.wholeCity() || a.districts().contains(code))
                .count();
        model.addAttribute("shelters", new ShelterFigures(open.count(), open.capacity(), active));
        PopulationFigures.Week week = population.week(day);
        PopulationFigures.PresentPopulation present = week.present();
        model.addAttribute("present", code == null ? present.city() : present.districts().stream()
                .filter(p -> code.equals(p.district())).findFirst().orElse(null));
        model.addAttribute("returned", week.returns().stream().mapToLong(PopulationFigures.DayReturns::returns).sum());
        RecoveryFigures.Figures r = recovery.now();
        model.addAttribute("recovery", r);
        model.addAttribute("underWay", r.projectsByStatus().getOrDefault("implementation", 0L)
                + r.projectsByStatus().getOrDefault("completion", 0L));
        return "reporting/home";
    }
}
