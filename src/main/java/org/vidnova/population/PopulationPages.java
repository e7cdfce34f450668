package org.vidnova.population;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.population.estimate.DayEstimate;
import org.vidnova.web.ImportTimes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public page of present population: the city or one district over time with its interval, people returning
 * per day, each district's latest figure, and the capacity warnings. The series come with the page as JSON data
 * attributes, so one request draws both charts; the tables need no script.
 */
@Controller
class PopulationPages {

    /** The period shown by default: the last two years, or from the first recorded flow when later. */
    static final int DEFAULT_DAYS = 730;

    private final PopulationEstimates estimates;
    private final ReturnCapacity capacity;
    private final Districts districts;
    private final JsonMapper json;

    PopulationPages(PopulationEstimates estimates, ReturnCapacity capacity, Districts districts, JsonMapper json) {
        this.estimates = estimates;
        this.capacity = capacity;
        this.districts = districts;
        this.json = json;
    }

    @GetMapping("/population")
    String present(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String district, Model model) {
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        LocalDate last = parse(to, today);
        LocalDate end = last;
        LocalDate start = parse(from, estimates.firstDay().filter(d -> d.isAfter(last.minusDays(DEFAULT_DAYS))
                && !d.isAfter(last)).orElse(last.minusDays(DEFAULT_DAYS)));
        boolean badPeriod = start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= PopulationController.MAX_DAYS
                || (to != null && !to.isBlank() && FlowDay.parse(to.strip()) == null)
                || (from != null && !from.isBlank() && FlowDay.parse(from.strip()) == null);
        if (badPeriod) {
            end = today;
            start = today.minusDays(DEFAULT_DAYS);
        }
        District chosen = district == null || district.isBlank() ? null : districts.resolve(district).orElse(null);
        List<DayEstimate> rows = estimates.series(start, end, null);
        model.addAttribute("from", start.toString());
        model.addAttribute("to", end.toString());
        model.addAttribute("badPeriod", badPeriod);
        model.addAttribute("district", chosen == null ? "" : chosen.code());
        model.addAttribute("districts", districts.all());
        model.addAttribute("series", json.writeValueAsString(series(rows, chosen == null ? null : chosen.code())));
        model.addAttribute("latest", latest(rows, end));
        model.addAttribute("capacity", capacity.asOf(end, 30));
        model.addAttribute("districtsByCode", districts.index());
        model.addAttribute("method", estimates.method());
        return "population/present";
    }

    private static LocalDate parse(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate day = FlowDay.parse(text.strip());
        return day == null ? otherwise : day;
    }

    /** Per day: estimate, low, high of the city (or one district), and returns. */
    private static Map<String, Object> series(List<DayEstimate> rows, String district) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        for (DayEstimate e : rows) {
            if (district != null && !district.equals(e.district())) {
                continue;
            }
            long[] d = byDay.computeIfAbsent(e.day(), x -> new long[4]);
            d[0] += e.estimate() == null ? 0 : e.estimate();
            d[1] += e.low() == null ? 0 : e.low();
            d[2] += e.high() == null ? 0 : e.high();
            d[3] += e.returns();
        }
        List<String> labels = new ArrayList<>();
        List<Long> estimate = new ArrayList<>();
        List<Long> low = new ArrayList<>();
        List<Long> high = new ArrayList<>();
        List<Long> returns = new ArrayList<>();
        byDay.forEach((day, d) -> {
            labels.add(day.toString());
            estimate.add(d[0]);
            low.add(d[1]);
            high.add(d[2]);
            returns.add(d[3]);
        });
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("labels", labels);
        series.put("estimate", estimate);
        series.put("low", low);
        series.put("high", high);
        series.put("returns", returns);
        return series;
    }

    /** Each district's row on the last day shown. */
    private static List<DayEstimate> latest(List<DayEstimate> rows, LocalDate day) {
        return rows.stream().filter(e -> e.day().equals(day)).toList();
    }
}
