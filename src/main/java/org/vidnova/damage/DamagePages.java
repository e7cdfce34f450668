package org.vidnova.damage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.web.ImportTimes;

/**
 * The public damage page: the indicators for the city and each district as of a day, facilities by use and state,
 * and a map of the damaged buildings (moderate, severe, destroyed; heritage outlined). The tables hold every figure;
 * the map only draws what they already say.
 */
@Controller
class DamagePages {

    private final DamageIndicators indicators;

    DamagePages(DamageIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/damage")
    String damage(@RequestParam(required = false) String asOf, Model model) {
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        LocalDate day = today;
        boolean badDay = false;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                badDay = true;
            }
        }
        model.addAttribute("asOf", day);
        model.addAttribute("badDay", badDay);
        model.addAttribute("indicators", indicators.asOf(day));
        model.addAttribute("facilityUses", Arrays.stream(BuildingUse.values()).filter(BuildingUse::facility)
                .map(BuildingUse::code).toList());
        model.addAttribute("states", List.of("operational", "damaged", "destroyed", "rebuildable", "notAssessed"));
        return "damage/indicators";
    }
}
