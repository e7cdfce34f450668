package org.vidnova.incidents;

import java.time.Instant;

/** The strike figures of the public dashboard: the last 24 hours, the last 7 days, the register, the last strike. */
public record StrikeFigures(long last24h, long last7d, long total, Instant lastStrikeAt) {
}
