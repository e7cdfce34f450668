package org.vidnova.recovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.damage.BuildingUse;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/**
 * The facility pages: the public list of damaged and destroyed facilities with the decision in force, and a
 * facility's decision page (its evidence beside its decision history, and the planner's form, which is validated
 * by the same service as the API, so the two cannot disagree).
 */
@Controller
class FacilityDecisionPages {

    static final int LISTED = 500;
    static final List<String> FORM_FIELDS = List.of("decision", "mergeTarget", "relocateDistrict", "relocateLat",
            "relocateLon", "costEstimate", "reason", "projectIds");

    private final FacilityDecisions decisions;
    private final Districts districts;

    FacilityDecisionPages(FacilityDecisions decisions, Districts districts) {
        this.decisions = decisions;
        this.districts = districts;
    }

    @GetMapping("/recovery/facilities")
    String list(@RequestParam(required = false) String district, @RequestParam(required = false) String use,
            @RequestParam(required = false) String decided, Model model) {
        Map<String, Object> page = decisions.list(FacilityDecisionController.filter(districts, district, use, decided),
                0, LISTED);
        model.addAttribute("facilities", page.get("items"));
        model.addAttribute("total", page.get("total"));
        model.addAttribute("district", district == null ? "" : district);
        model.addAttribute("use", use == null ? "" : use);
        model.addAttribute("decided", decided == null ? "" : decided);
        model.addAttribute("uses", Arrays.stream(BuildingUse.values()).filter(BuildingUse::facility)
                .map(BuildingUse::code).toList());
        common(model);
        return "recovery/facilities";
    }

    @GetMapping("/recovery/facilities/{id}")
    String facility(@PathVariable long id, Model model) {
        return page(id, model, Map.of(), null);
    }

    @PostMapping("/recovery/facilities/{id}/decisions")
    @PreAuthorize("hasRole('PLANNER')")
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        FORM_FIELDS.forEach(f -> {
            String v = params.get(f);
            if (v != null && !v.isBlank()) {
                values.put(f, v.strip());
            }
        });
        try {
            decisions.decide(id, request(values));
            return "redirect:/recovery/facilities/" + id + "?saved";
        } catch (ApiProblem e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw e;
            }
            return page(id, model, values, e.getBody().getDetail());
        }
    }

    /** The form's text fields as the API's request; a number that is not one is named like the API names it. */
    private static FacilityDecisionRequest request(Map<String, String> v) {
        List<Long> projects = new ArrayList<>();
        if (v.get("projectIds") != null) {
            for (String p : v.get("projectIds").split("[;, ]+")) {
                if (!p.isBlank()) {
                    projects.add(number("projectIds", p));
                }
            }
        }
        if (v.get("reason") == null) {
            throw ApiProblem.badRequest("reason", "is required");
        }
        if (v.get("decision") == null) {
            throw ApiProblem.badRequest("decision", "is required");
        }
        return new FacilityDecisionRequest(v.get("decision"), v.get("mergeTarget") == null ? null
                : number("mergeTarget", v.get("mergeTarget")), v.get("relocateDistrict"),
                v.get("relocateLat") == null ? null : decimal("relocateLat", v.get("relocateLat"), 90),
                v.get("relocateLon") == null ? null : decimal("relocateLon", v.get("relocateLon"), 180),
                v.get("costEstimate") == null ? null : number("costEstimate", v.get("costEstimate").replace(" ", "")),
                v.get("reason"), projects);
    }

    private static long number(String field, String text) {
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0) {
                throw ApiProblem.badRequest(field, "must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(field, "is not a whole number: " + text);
        }
    }

    private static double decimal(String field, String text, double bound) {
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            if (!(d >= -bound && d <= bound)) {
                throw ApiProblem.badRequest(field, "must be between -" + (int) bound + " and " + (int) bound);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(field, "is not a number: " + text);
        }
    }

    private String page(long id, Model model, Map<String, String> values, String error) {
        FacilityDecisions.DecisionPage page = decisions.decisionPage(id).orElseThrow(() -> FacilityDecisions
                .notFound(id));
        FacilityEvidence evidence = page.evidence();
        model.addAttribute("evidence", evidence);
        model.addAttribute("f", evidence.facility());
        model.addAttribute("values", values);
        model.addAttribute("error", error);
        model.addAttribute("kinds", Arrays.stream(FacilityDecisionKind.values()).map(FacilityDecisionKind::code)
                .toList());
        model.addAttribute("targets", page.targets());
        common(model);
        return "recovery/facility";
    }

    /** District names in the page's language, by code, sorted by name, for the filters and the table. */
    private void common(Model model) {
        boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        districts.all().stream().sorted(Comparator.comparing(d -> en ? d.nameEn() : d.nameUk()))
                .forEach(d -> names.put(d.code(), en ? d.nameEn() : d.nameUk()));
        model.addAttribute("districtNames", names);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT));
    }
}
