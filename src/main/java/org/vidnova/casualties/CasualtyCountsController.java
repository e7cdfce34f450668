package org.vidnova.casualties;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.identity.PublicPaths;
import org.vidnova.web.ApiProblem;

/**
 * Public counts: reports received and unique persons after linkage, by status, district, day, sex or age band. A
 * count of 1 or 2 could point at a person, so the public reads {@code "<3"}; analysts see the numbers.
 */
@RestController
class CasualtyCountsController {

    static final int SMALLEST_SHOWN = 3;

    /** Null values are written: a null key is "not known", null reports "not counted for reports". */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Counts(String by, Instant linkedAt, Integer suppressedBelow,
            @JsonInclude(content = JsonInclude.Include.ALWAYS) List<Map<String, Object>> rows) {
    }

    private final Persons persons;

    CasualtyCountsController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping("/api/v1/casualties/counts")
    Counts counts(@RequestParam String by) {
        Persons.By key = Arrays.stream(Persons.By.values()).filter(b -> b.name().equalsIgnoreCase(by.strip()))
                .findFirst().orElseThrow(() -> ApiProblem.badRequest("by",
                        "must be one of status, district, day, sex, ageband"));
        boolean analyst = analyst();
        List<Map<String, Object>> rows = persons.counts(key);
        if (!analyst) {
            rows.forEach(row -> {
                row.replace("reports", suppressed(row.get("reports")));
                row.replace("persons", suppressed(row.get("persons")));
            });
        }
        return new Counts(key.name().toLowerCase(java.util.Locale.ROOT), persons.lastRun().orElse(null),
                analyst ? null : SMALLEST_SHOWN, rows);
    }

    private static Object suppressed(Object count) {
        return count instanceof Long n && n > 0 && n < SMALLEST_SHOWN ? "<" + SMALLEST_SHOWN : count;
    }

    private static boolean analyst() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ANALYST".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicCounts {

        @Bean
        PublicPaths casualtyPublicPaths() {
            return PublicPaths.of("/api/v1/casualties/counts");
        }
    }
}
