package org.vidnova.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vidnova.geo.Districts;

/** The home page: the frame of the public dashboard, a map of the districts and metro stations. */
@Controller
class HomeController {

    private final Districts districts;

    HomeController(Districts districts) {
        this.districts = districts;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("districts", districts.all());
        return "reporting/home";
    }
}
