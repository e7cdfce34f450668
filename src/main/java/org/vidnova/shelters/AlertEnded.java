package org.vidnova.shelters;

/** Published when an alert has ended (after its transaction committed). */
public record AlertEnded(Alert alert) {
}
