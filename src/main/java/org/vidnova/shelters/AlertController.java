package org.vidnova.shelters;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

import tools.jackson.databind.JsonNode;

/** District alerts: raise and end (REGISTRAR), read, stream (SSE) and CAP 1.2 (public), history per day. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");

    private final Alerts alerts;
    private final AlertStream stream;
    private final Districts districts;

    AlertController(Alerts alerts, AlertStream stream, Districts districts) {
        this.alerts = alerts;
        this.stream = stream;
        this.districts = districts;
    }

    /** {@code {"districts": ["UA…", …] | "all", "type": "air_raid" | "artillery" | "other"}} */
    @PostMapping
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<Alert> raise(@RequestBody JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        AlertType type = AlertType.parse(body.path("type").asString("")).orElse(null);
        if (type == null) {
            errors.add(FieldError.of("type", "must be one of air_raid, artillery, other"));
        }
        JsonNode scope = body.path("districts");
        boolean wholeCity = scope.isString() && "all".equalsIgnoreCase(scope.asString());
        List<String> codes = new ArrayList<>();
        if (!wholeCity) {
            if (!scope.isArray() || scope.isEmpty()) {
                errors.add(FieldError.of("districts", "must be \"all\" or a non-empty list of district codes"));
            } else {
                for (int i = 0; i < scope.size(); i++) {
                    String value = scope.get(i).asString("");
                    var district = districts.resolve(value);
                    if (district.isEmpty()) {
                        errors.add(FieldError.of("districts[" + i + "]", "is not a Kharkiv district code"));
                    } else {
                        codes.add(district.get().code());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid alert",
                    errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        Alert alert = alerts.raise(type, wholeCity, codes);
        return ResponseEntity.created(URI.create("/api/v1/alerts/" + alert.id())).body(alert);
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasRole('REGISTRAR')")
    Alert end(@PathVariable long id) {
        return alerts.end(id);
    }

    @GetMapping("/active")
    Map<String, List<Alert>> active() {
        return Map.of("items", alerts.active());
    }

    @GetMapping("/{id}")
    Alert get(@PathVariable long id) {
        return alerts.get(id);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return stream.connect(alerts.active());
    }

    @GetMapping(path = "/active.cap", produces = {"application/atom+xml", "application/xml"})
    ResponseEntity<String> capFeed() {
        return ResponseEntity.ok().contentType(ATOM)
                .body(CapDocuments.feed(alerts.active(), districtsByCode(), baseUrl()));
    }

    @GetMapping(path = "/{id}.cap", produces = {"application/cap+xml", "application/xml"})
    ResponseEntity<String> cap(@PathVariable long id) {
        return ResponseEntity.ok().contentType(CAP).body(CapDocuments.alert(alerts.get(id), districtsByCode(), baseUrl()));
    }

    /** Minutes under alert per district per local (Kyiv) day; at most 366 days. */
    @GetMapping("/history")
    Map<String, Object> history(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        if (from.plusDays(366).isBefore(to)) {
            throw ApiProblem.badRequest("to", "must be at most 366 days after from");
        }
        return Map.of("timeZone", AlertMinutes.KYIV.getId(), "rows", alerts.minutes(from, to));
    }

    private Map<String, District> districtsByCode() {
        return districts.all().stream().collect(Collectors.toMap(District::code, Function.identity()));
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
