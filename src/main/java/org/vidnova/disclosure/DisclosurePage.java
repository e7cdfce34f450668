package org.vidnova.disclosure;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.web.FieldError;

/** The administrator's page: the policy in force, a form to decide a new one (with a reason), and every decision. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DisclosurePage {

    private final Disclosure disclosure;

    DisclosurePage(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping("/admin/disclosure")
    String page(Model model) {
        DisclosurePolicy p = disclosure.policy();
        return show(model, Map.of("strikeDelayHours", String.valueOf(p.strikeDelayHours()), "strikeLocation",
                p.strikeLocation().code(), "smallestCount", String.valueOf(p.smallestCount())),
                List.copyOf(p.hiddenShelterKinds()), List.of());
    }

    @PostMapping("/admin/disclosure")
    String decide(@RequestParam(required = false) String strikeDelayHours,
            @RequestParam(required = false) String strikeLocation,
            @RequestParam(required = false) List<String> hiddenShelterKinds,
            @RequestParam(required = false) String smallestCount, @RequestParam(required = false) String reason,
            Model model) {
        List<String> kinds = hiddenShelterKinds == null ? List.of() : hiddenShelterKinds;
        PolicyDraft draft = new PolicyDraft(number(strikeDelayHours), strikeLocation, kinds, number(smallestCount),
                reason);
        List<FieldError> errors = draft.errors();
        if (!errors.isEmpty()) {
            return show(model, Map.of("strikeDelayHours", String.valueOf(strikeDelayHours), "strikeLocation",
                    String.valueOf(strikeLocation), "smallestCount", String.valueOf(smallestCount), "reason",
                    reason == null ? "" : reason), kinds, errors);
        }
        draft.decideWith(disclosure);
        return "redirect:/admin/disclosure?saved";
    }

    private String show(Model model, Map<String, String> values, List<String> kinds, List<FieldError> errors) {
        model.addAttribute("policy", disclosure.policy());
        model.addAttribute("history", disclosure.history(50));
        model.addAttribute("values", values);
        model.addAttribute("kinds", kinds);
        model.addAttribute("allKinds", PolicyDraft.SHELTER_KINDS);
        model.addAttribute("errors", errors);
        return "disclosure/policy";
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
