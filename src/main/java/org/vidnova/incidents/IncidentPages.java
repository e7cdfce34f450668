package org.vidnova.incidents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.geo.Districts;
import org.vidnova.web.Codes;
import org.vidnova.web.RowFields;

import tools.jackson.databind.json.JsonMapper;

/**
 * Pages: the public incidents dashboard (choropleth, timeline, hour-of-day heat map, days since the last strike,
 * table), and the registrars' desk to enter, edit and verify incidents with a map picker.
 */
@Controller
class IncidentPages {

    /** The fields a registrar's form sets, in the JSON API's camelCase names (so errors name the same fields). */
    static final List<String> FORM_FIELDS = List.of("occurredAt", "timePrecision", "type", "lat", "lon",
            "geoPrecision", "killed", "injured", "description", "sourceUrl");
    static final int PAGE_SIZE = 50;

    private final IncidentDashboard dashboard;
    private final DistrictSummaries summaries;
    private final IncidentRegister register;
    private final IncidentQueries queries;
    private final Districts districts;
    private final JsonMapper json;

    IncidentPages(IncidentDashboard dashboard, DistrictSummaries summaries, IncidentRegister register,
            IncidentQueries queries, Districts districts, JsonMapper json) {
        this.dashboard = dashboard;
        this.summaries = summaries;
        this.register = register;
        this.queries = queries;
        this.districts = districts;
        this.json = json;
    }

    /** {@code from} and {@code to}: Kyiv days, both inclusive, either may be empty; {@code type}: one type or all. */
    @GetMapping("/incidents")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String type, Model model) {
        LocalDate start = day(from);
        LocalDate end = day(to);
        boolean badPeriod = (blank(from) != (start == null)) || (blank(to) != (end == null))
                || (start != null && end != null && end.isBefore(start));
        if (badPeriod) {
            start = null;
            end = null;
        }
        String typeCode = Codes.parse(IncidentType.class, type == null ? "" : type).map(Codes::of).orElse(null);
        IncidentDashboard.Period period = dashboard.period(start, end, typeCode == null ? null : List.of(typeCode));
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Double> shades = new LinkedHashMap<>();
        period.districts().forEach(d -> {
            counts.put(d.code(), d.incidents());
            shades.put(d.code(), d.shade());
        });
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("type", typeCode);
        model.addAttribute("types", Codes.list(IncidentType.class).split(", "));
        model.addAttribute("badPeriod", badPeriod);
        model.addAttribute("period", period);
        model.addAttribute("summary", summaries.summary());
        model.addAttribute("choropleth", json.writeValueAsString(Map.of("counts", counts, "shades", shades)));
        model.addAttribute("timeline", json.writeValueAsString(period.timeline()));
        return "incidents/dashboard";
    }

    /** The registrars' and analysts' desk: the latest incidents, newest first, with edit and verify actions. */
    @GetMapping("/incidents/manage")
    @PreAuthorize("hasAnyRole('REGISTRAR', 'ANALYST')")
    String manage(@RequestParam(required = false) String verification, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String v = Codes.parse(Verification.class, verification == null ? "" : verification).map(Codes::of)
                .orElse(null);
        IncidentRepository.Filter filter = queries.filter(null, null, null, null, null, null, v);
        int p = Math.max(0, page);
        long total = queries.count(filter);
        model.addAttribute("incidents", queries.find(filter, p, PAGE_SIZE).stream().map(IncidentView::of).toList());
        model.addAttribute("verification", v);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("districtsByCode", districts.index());
        return "incidents/manage";
    }

    @GetMapping("/incidents/manage/new")
    @PreAuthorize("hasRole('REGISTRAR')")
    String newIncident(Model model) {
        return form(model, null, Map.of("timePrecision", "exact", "geoPrecision", "exact"), Map.of());
    }

    @GetMapping("/incidents/manage/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    String edit(@PathVariable long id, Model model) {
        Incident incident = register.find(id).orElseThrow(() -> IncidentRegister.notFound(id));
        return form(model, incident, formValues(incident), Map.of());
    }

    @PostMapping("/incidents/manage")
    @PreAuthorize("hasRole('REGISTRAR')")
    String create(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> values = submitted(params);
        Map<String, String> all = new HashMap<>(values);
        all.put("source", IncidentController.MANUAL_SOURCE);
        all.put("externalId", UUID.randomUUID().toString());
        RowFields row = row(all);
        return IncidentRows.JSON.read(row)
                .map(draft -> "redirect:/incidents/manage?saved=" + register.create(draft).id())
                .orElseGet(() -> form(model, null, values, errors(row)));
    }

    @PostMapping("/incidents/manage/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Incident before = register.find(id).orElseThrow(() -> IncidentRegister.notFound(id));
        Map<String, String> values = submitted(params);
        Map<String, String> all = new HashMap<>(values);
        all.put("source", before.source());
        all.put("externalId", before.externalId());
        RowFields row = row(all);
        return IncidentRows.JSON.read(row)
                .map(draft -> {
                    register.update(id, stored -> draft);
                    return "redirect:/incidents/manage?saved=" + id + "#incident-" + id;
                })
                .orElseGet(() -> form(model, before, values, errors(row)));
    }

    @PostMapping("/incidents/manage/{id}/verification")
    @PreAuthorize("hasRole('ANALYST')")
    String verify(@PathVariable long id, @RequestParam String verification) {
        Verification v = Codes.parse(Verification.class, verification)
                .orElseThrow(() -> org.vidnova.web.ApiProblem.badRequest("verification",
                        "must be one of " + Codes.list(Verification.class)));
        register.verify(id, v);
        return "redirect:/incidents/manage?saved=" + id + "#incident-" + id;
    }

    private String form(Model model, Incident incident, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("incident", incident == null ? null : IncidentView.of(incident));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("types", Codes.list(IncidentType.class).split(", "));
        model.addAttribute("timePrecisions", Codes.list(TimePrecision.class).split(", "));
        model.addAttribute("geoPrecisions", Codes.list(GeoPrecision.class).split(", "));
        return "incidents/form";
    }

    /** The form's values of a stored incident; the time as the Kyiv wall clock a registrar reads and types. */
    private static Map<String, String> formValues(Incident i) {
        Map<String, String> values = new HashMap<>();
        IncidentRows.fields(i).forEach((k, v) -> {
            if (v != null) {
                values.put(IncidentRows.camelCase(k), v);
            }
        });
        values.put("occurredAt", i.occurredAt().atZone(org.vidnova.web.ImportTimes.KYIV).toLocalDateTime()
                .toString().substring(0, 16));
        return values;
    }

    private static Map<String, String> submitted(Map<String, String> params) {
        Map<String, String> values = new HashMap<>();
        for (String field : FORM_FIELDS) {
            String v = params.get(field);
            if (v != null && !v.isBlank()) {
                values.put(field, v.strip());
            }
        }
        return values;
    }

    private static RowFields row(Map<String, String> values) {
        return new RowFields(0, values::get);
    }

    private static Map<String, String> errors(RowFields row) {
        Map<String, String> errors = new LinkedHashMap<>();
        row.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        return errors;
    }


    private static LocalDate day(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
