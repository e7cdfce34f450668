package org.vidnova.shelters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/** Raising and ending district alerts, and their history. Raised and ended alerts are published as events. */
@Service
public class Alerts {

    private final AlertRepository alerts;
    private final Districts districts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Alerts(AlertRepository alerts, Districts districts, AuditTrail audit, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.districts = districts;
        this.audit = audit;
        this.events = events;
    }

    /** Raises an alert for the given district codes, or for the whole city when {@code wholeCity}. */
    @Transactional
    public Alert raise(AlertType type, boolean wholeCity, List<String> districtCodes) {
        List<String> codes = wholeCity ? districts.all().stream().map(District::code).toList()
                : districtCodes.stream().distinct().sorted().toList();
        Instant now = Instant.now();
        long id = alerts.insert(type, wholeCity, codes, now, actor());
        Alert alert = alerts.findById(id).orElseThrow();
        audit.record("alert", String.valueOf(id), AuditAction.CREATE, alert);
        events.publishEvent(new AlertRaised(alert));
        return alert;
    }

    @Transactional
    public Alert end(long id) {
        alerts.findById(id).orElseThrow(() -> ApiProblem.notFound("No alert with id " + id));
        if (!alerts.end(id, Instant.now(), actor())) {
            throw ApiProblem.conflict("id", "the alert has already ended");
        }
        Alert alert = alerts.findById(id).orElseThrow();
        audit.record("alert", String.valueOf(id), AuditAction.UPDATE, Map.of("endedAt", alert.endedAt()));
        events.publishEvent(new AlertEnded(alert));
        return alert;
    }

    @Transactional(readOnly = true)
    public List<Alert> active() {
        return alerts.findActive();
    }

    @Transactional(readOnly = true)
    public Alert get(long id) {
        return alerts.findById(id).orElseThrow(() -> ApiProblem.notFound("No alert with id " + id));
    }

    /** Minutes under alert per district and local day, from {@code first} to {@code last} inclusive. */
    @Transactional(readOnly = true)
    public List<AlertMinutes.Row> minutes(LocalDate first, LocalDate last) {
        Instant from = first.atStartOfDay(AlertMinutes.KYIV).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(AlertMinutes.KYIV).toInstant();
        Instant now = Instant.now();
        List<AlertMinutes.Span> spans = new ArrayList<>();
        for (Alert a : alerts.findOverlapping(from, to)) {
            for (String code : a.districts()) {
                spans.add(new AlertMinutes.Span(code, a.raisedAt(), a.endedAt() == null ? now : a.endedAt()));
            }
        }
        return AlertMinutes.of(spans, first, last);
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
