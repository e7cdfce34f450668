package org.vidnova.casualties;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.CsvDownload;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.identity.CurrentUser;
import org.vidnova.identity.PublicPaths;
import org.vidnova.identity.Role;
import org.vidnova.web.ApiProblem;

/**
 * Public counts: reports received and unique persons after linkage, by status, district, day, sex or age band. A
 * count of 1 or 2 could point at a person, so the public reads {@code "<3"} (the threshold is the disclosure
 * policy's smallest count); analysts see the numbers.
 */
@RestController
class CasualtyCountsController {

    /** Null values are written: a null key is "not known", null reports "not counted for reports". */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Counts(String by, Instant linkedAt, Integer suppressedBelow,
            @JsonInclude(content = JsonInclude.Include.ALWAYS) List<Map<String, Object>> rows) {
    }

    /** The city's figures; an estimate that could not be made is written as null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record City(long documented, Double estimate, Double[] ci95, String method) {
    }

    private final Persons persons;
    private final CasualtyEstimates estimates;
    private final CurrentUser caller;
    private final Disclosure disclosure;

    CasualtyCountsController(Persons persons, CasualtyEstimates estimates, CurrentUser caller,
            Disclosure disclosure) {
        this.persons = persons;
        this.estimates = estimates;
        this.caller = caller;
        this.disclosure = disclosure;
    }

    /**
     * Documented and estimated totals, for the city and per district ({@code stratify=district}), from the last
     * linkage run. For the public, a district with 1 or 2 documented persons is not listed (the city includes it).
     */
    @GetMapping("/api/v1/casualties/estimate")
    Map<String, Object> estimate(@RequestParam(defaultValue = "killed") String status,
            @RequestParam(defaultValue = "none") String stratify) {
        ReportStatus s = org.vidnova.web.Codes.parse(ReportStatus.class, status).orElseThrow(() -> ApiProblem
                .badRequest("status", "must be one of " + org.vidnova.web.Codes.list(ReportStatus.class)));
        if (!List.of("none", "district").contains(stratify)) {
            throw ApiProblem.badRequest("stratify", "must be none or district");
        }
        CasualtyEstimates.Estimate e = estimates.estimate(s, "district".equals(stratify));
        List<CasualtyEstimates.Total> strata = e.strata();
        List<String> warnings = new java.util.ArrayList<>(e.warnings());
        if (!caller.holds(Role.ANALYST)) {
            int smallest = disclosure.policy().smallestCount();
            long small = strata.stream().filter(t -> t.documented() < smallest).count();
            strata = strata.stream().filter(t -> t.documented() >= smallest).toList();
            if (small > 0) {
                warnings.add(small + " strata with fewer than " + smallest
                        + " documented persons are not listed; the city includes them");
            }
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", s.code());
        body.put("linkedAt", persons.lastRun().orElse(null));
        body.put("city", new City(e.city().documented(), e.city().estimate(), e.city().ci95(), e.method()));
        body.put("strata", strata);
        body.put("lists", e.lists());
        body.put("method", e.method());
        body.put("warnings", warnings);
        return body;
    }

    @GetMapping("/api/v1/casualties/counts")
    Counts counts(@RequestParam String by) {
        Persons.By key = Arrays.stream(Persons.By.values()).filter(b -> b.name().equalsIgnoreCase(by.strip()))
                .findFirst().orElseThrow(() -> ApiProblem.badRequest("by",
                        "must be one of status, district, day, sex, ageband"));
        boolean analyst = caller.holds(Role.ANALYST);
        List<Map<String, Object>> rows = persons.counts(key);
        DisclosurePolicy policy = disclosure.policy();
        if (!analyst) {
            rows.forEach(row -> {
                row.replace("reports", suppressed(policy, row.get("reports")));
                row.replace("persons", suppressed(policy, row.get("persons")));
            });
        }
        return new Counts(key.name().toLowerCase(java.util.Locale.ROOT), persons.lastRun().orElse(null),
                analyst ? null : policy.smallestCount(), rows);
    }

    /** The HXL tag of each grouping column of the counts' CSV. */
    private static final Map<String, String> KEY_TAGS = Map.of("status", "#status", "district", "#adm2+code", "day",
            "#date", "sex", "#indicator+sex", "ageband", "#indicator+ageband");

    /**
     * The counts as CSV, with the same rules as the JSON ("<3" for the public); {@code ?hxl=true} adds an HXL hashtag
     * row under the header.
     */
    @GetMapping("/api/v1/casualties/counts.csv")
    void countsCsv(@RequestParam String by, @RequestParam(defaultValue = "false") boolean hxl,
            HttpServletResponse response) throws IOException {
        Counts counts = counts(by);
        try (CSVPrinter csv = CsvDownload.start(response, "casualties-by-" + counts.by() + ".csv",
                List.of(counts.by(), "reports", "persons"),
                hxl ? List.of(KEY_TAGS.get(counts.by()), "#affected+reports", "#affected+persons") : null)) {
            for (Map<String, Object> row : counts.rows()) {
                csv.printRecord(row.get(counts.by()), row.get("reports"), row.get("persons"));
            }
        }
    }

    private static Object suppressed(DisclosurePolicy policy, Object count) {
        return count instanceof Long n ? policy.count(n) : count;
    }


    @Configuration(proxyBeanMethods = false)
    static class PublicCounts {

        @Bean
        PublicPaths casualtyPublicPaths() {
            return PublicPaths.of("/api/v1/casualties/counts", "/api/v1/casualties/counts.csv",
                    "/api/v1/casualties/estimate", "/casualties",
                    "/casualties/method");
        }
    }
}
