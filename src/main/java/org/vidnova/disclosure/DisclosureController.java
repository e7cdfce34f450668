package org.vidnova.disclosure;

import java.util.List;
import java.util.Map;

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
        JsonNode kinds = body.path("hiddenShelterKinds");
        PolicyDraft draft = new PolicyDraft(whole(body.path("strikeDelayHours")),
                body.path("strikeLocation").asString(null),
                kinds.isArray() ? kinds.valueStream().map(k -> k.asString("")).toList() : null,
                whole(body.path("smallestCount")), body.path("reason").asString(null));
        List<FieldError> errors = draft.errors();
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid disclosure policy",
                    "The policy was not changed: correct the fields named.", errors);
        }
        return draft.decideWith(disclosure);
    }

    private static Integer whole(JsonNode v) {
        return v.isIntegralNumber() && v.canConvertToInt() ? v.asInt() : null;
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPolicy {

        @Bean
        PublicPaths disclosurePublicPaths() {
            return PublicPaths.of("/api/v1/disclosure/policy");
        }
    }
}
