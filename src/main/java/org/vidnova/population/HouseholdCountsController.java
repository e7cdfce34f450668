package org.vidnova.population;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.identity.CurrentUser;
import org.vidnova.identity.PublicPaths;
import org.vidnova.identity.Role;

/**
 * Public counts of households without a home, by home district and status. A count of 1 or 2 could point at a
 * family, so the public reads {@code "<3"} (households and their people; the threshold is the disclosure policy's
 * smallest count); analysts see the numbers.
 */
@RestController
class HouseholdCountsController {

    /** A null district is a home outside every district; written, as it is part of the answer. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Counts(Integer suppressedBelow,
            @JsonInclude(content = JsonInclude.Include.ALWAYS) List<Map<String, Object>> rows) {
    }

    private final Households households;
    private final CurrentUser caller;
    private final Disclosure disclosure;

    HouseholdCountsController(Households households, CurrentUser caller, Disclosure disclosure) {
        this.households = households;
        this.caller = caller;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/v1/population/households/counts")
    Counts counts() {
        List<Map<String, Object>> rows = households.countsByDistrict();
        if (caller.holds(Role.ANALYST)) {
            return new Counts(null, rows);
        }
        DisclosurePolicy policy = disclosure.policy();
        rows.forEach(row -> {
            if (policy.count((Long) row.get("households")) instanceof String small) {
                row.put("households", small);
                row.put("people", small + " households");
            }
        });
        return new Counts(policy.smallestCount(), rows);
    }


    @Configuration(proxyBeanMethods = false)
    static class PublicCounts {

        @Bean
        PublicPaths householdPublicPaths() {
            return PublicPaths.of("/api/v1/population/households/counts", "/api/v1/population/sites",
                    "/api/v1/population/sites/*", "/population/sites");
        }
    }
}
