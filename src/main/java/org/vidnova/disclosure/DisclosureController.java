package org.vidnova.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.identity.PublicPaths;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

import tools.jackson.databind.JsonNode;

/**
 * The policy over HTTP. Anyone may read the policy in force (the public should know what is withheld and why);
 * only an administrator decides a new one, and only an administrator reads the history of decisions.
 */
@RestController
@RequestMapping("/api/v1/disclosure/policy")
class DisclosureController {

    /** The shelter kinds of the register (shelters owns them; a typo here would hide nothing, so it is refused). */
    static final Set<String> SHELTER_KINDS = Set.of("shelter", "metro", "basement", "parking", "other");
    private static final Pattern REASON = Pattern.compile("\\S[\\s\\S]{4,999}");

    private final Disclosure disclosure;

    DisclosureController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping
    DisclosurePolicy current() {
        return disclosure.policy();
    }

    @GetMapping("/history")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> history(@RequestParam(defaultValue = "50") int limit) {
        return Map.of("items", disclosure.history(Math.max(1, Math.min(limit, 500))));
    }

    /**
     * {@code {strikeDelayHours, strikeLocation: exact|district, hiddenShelterKinds: [...], smallestCount, reason}}:
     * every field required, so that a decision is always a whole policy and never half of one.
     */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    DisclosurePolicy decide(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        int delay = integer(body, "strikeDelayHours", 0, 8760, errors);
        int smallest = integer(body, "smallestCount", 1, 100, errors);
        StrikeLocation location = null;
        String loc = body.path("strikeLocation").asString("");
        for (StrikeLocation l : StrikeLocation.values()) {
            if (l.code().equals(loc)) {
                location = l;
            }
        }
        if (location == null) {
            errors.add(FieldError.of("strikeLocation", "must be exact or district"));
        }
        Set<String> kinds = new HashSet<>();
        JsonNode k = body.path("hiddenShelterKinds");
        if (!k.isArray()) {
            errors.add(FieldError.of("hiddenShelterKinds", "must be a list of shelter kinds, possibly empty"));
        } else {
            for (JsonNode kind : k) {
                if (!SHELTER_KINDS.contains(kind.asString(""))) {
                    errors.add(FieldError.of("hiddenShelterKinds", "must name kinds among " + SHELTER_KINDS));
                }
                kinds.add(kind.asString(""));
            }
        }
        String reason = body.path("reason").asString("").strip();
        if (!REASON.matcher(reason).matches()) {
            errors.add(FieldError.of("reason", "must say why, in 5 to 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid disclosure policy",
                    "The policy was not changed: correct the fields named.", errors);
        }
        return disclosure.decide(delay, location, kinds, smallest, reason);
    }

    private static int integer(JsonNode body, String field, int min, int max, List<FieldError> errors) {
        JsonNode v = body.path(field);
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            errors.add(FieldError.of(field, "must be a whole number from " + min + " to " + max));
            return min;
        }
        return v.asInt();
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPolicy {

        @Bean
        PublicPaths disclosurePublicPaths() {
            return PublicPaths.of("/api/v1/disclosure/policy");
        }
    }
}
