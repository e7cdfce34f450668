package org.vidnova.damage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.damage.BuildingView.AssessmentView;
import org.vidnova.incidents.Incident;
import org.vidnova.incidents.IncidentsNearby;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.RowFields;

/**
 * The public damage page: the indicators for the city and each district as of a day, facilities by use and state,
 * and a map of the damaged buildings (moderate, severe, destroyed; heritage outlined). The tables hold every figure;
 * the map only draws what they already say.
 */
@Controller
class DamagePages {

    /** How far around a building strikes are shown, and how close in time to an assessment's incident. */
    static final double NEAR_METRES = 100;
    static final java.time.Duration SAME_TIME = java.time.Duration.ofDays(1);

    private final DamageIndicators indicators;
    private final DamageRegister register;
    private final IncidentsNearby nearby;
    private final EvidenceStore evidence;

    DamagePages(DamageIndicators indicators, DamageRegister register, IncidentsNearby nearby,
            EvidenceStore evidence) {
        this.indicators = indicators;
        this.register = register;
        this.nearby = nearby;
        this.evidence = evidence;
    }

    /**
     * A building: its facts, its assessments over time (the current one marked, a disagreement flagged), its
     * evidence, and the strikes within 100 m, those within a day of an assessment's incident marked.
     */
    @GetMapping("/damage/buildings/{id}")
    String building(@PathVariable long id, Model model) {
        BuildingView building = BuildingView.of(register.find(id).orElseThrow(() -> DamageRegister.notFound(id)));
        List<Incident> near = nearby.within(building.lat(), building.lon(), NEAR_METRES, null, null);
        Set<Long> linked = new HashSet<>();
        List<AssessmentView> assessments = building.assessments() == null ? List.of() : building.assessments();
        // Every incident any assessment names, each once, oldest first, as the caller may see it (the disclosure
        // policy); ids the incidents module does not know are skipped (no foreign key across modules).
        List<Incident> named = assessments.stream().flatMap(a -> a.incidentIds().stream()).distinct()
                .map(nearby::shown).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Incident::occurredAt)).toList();
        for (Incident strike : named) {
            near.stream().filter(i -> java.time.Duration.between(i.occurredAt(), strike.occurredAt()).abs()
                    .compareTo(SAME_TIME) <= 0).forEach(i -> linked.add(i.id()));
        }
        model.addAttribute("building", building);
        model.addAttribute("assessments", assessments);
        model.addAttribute("named", named);
        model.addAttribute("evidence", evidence.of(assessments.stream().map(AssessmentView::id).toList()));
        model.addAttribute("strikes", near);
        model.addAttribute("linked", linked);
        return "damage/building";
    }

    /** Assessments entered on the phone form go to this source, each with its own generated external id. */
    static final String FORM_SOURCE = "field";
    static final List<String> FORM_FIELDS = List.of("assessed_on", "assessor", "native_class", "units_damaged",
            "units_destroyed", "habitable", "rebuildable", "incident_id", "notes");

    /** The registrar's phone form to assess one building. */
    @GetMapping("/damage/buildings/{id}/assess")
    @PreAuthorize("hasRole('REGISTRAR')")
    String assessForm(@PathVariable long id, Model model) {
        BuildingView building = BuildingView.of(register.find(id).orElseThrow(() -> DamageRegister.notFound(id)));
        return assessForm(model, building, Map.of("assessed_on", LocalDate.now(ImportTimes.KYIV).toString(),
                "assessor", "inspector"), List.of());
    }

    /** Validated exactly as an imported row (the same reader), so the form and the CSV cannot disagree. */
    @PostMapping("/damage/buildings/{id}/assess")
    @PreAuthorize("hasRole('REGISTRAR')")
    String assess(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        BuildingView building = BuildingView.of(register.find(id).orElseThrow(() -> DamageRegister.notFound(id)));
        Map<String, String> values = new HashMap<>();
        FORM_FIELDS.forEach(f -> {
            String v = params.get(f);
            if (v != null && !v.isBlank()) {
                values.put(f, v.strip());
            }
        });
        Map<String, String> row = new HashMap<>(values);
        row.put("external_id", java.util.UUID.randomUUID().toString());
        row.put("building_source", building.source());
        row.put("building_external_id", building.externalId());
        ImportReport report = register.importAssessments(FORM_SOURCE,
                sink -> sink.accept(new RowFields(1, row::get)));
        if (report.accepted() == 1) {
            return "redirect:/damage/buildings/" + id + "?saved";
        }
        return assessForm(model, building, values, report.errors());
    }

    private String assessForm(Model model, BuildingView building, Map<String, String> values,
            List<org.vidnova.web.FieldError> errors) {
        model.addAttribute("building", building);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", Crosswalk.CURRENT.classes().keySet().stream().sorted().toList());
        model.addAttribute("assessors", Arrays.stream(Assessor.values()).map(a -> a.name()
                .toLowerCase(java.util.Locale.ROOT)).toList());
        return "damage/assess";
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
