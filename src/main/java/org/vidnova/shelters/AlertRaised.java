package org.vidnova.shelters;

/** Published when an alert has been raised (after its transaction committed). */
public record AlertRaised(Alert alert) {
}
