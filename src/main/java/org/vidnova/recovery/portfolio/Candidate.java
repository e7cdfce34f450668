package org.vidnova.recovery.portfolio;

/**
 * A project the optimiser may choose: its cost in whole UAH, its score (higher is better, never negative), its
 * district (null for city-wide) and whether it may start now ({@code false} while a heritage approval is missing).
 */
public record Candidate(String id, long cost, double score, String district, boolean startable) {

    public Candidate {
        if (cost < 0 || !(score >= 0)) {
            throw new IllegalArgumentException("cost and score must not be negative: " + id);
        }
    }
}
