package org.vidnova.casualties;

import java.time.Instant;

/**
 * The killed of the public dashboard: documented persons after linkage, and the estimate with its 95% interval
 * (null when the lists do not support one), as of the last linkage run (null before the first).
 */
public record KilledFigures(long documented, Double estimate, Double low, Double high, Instant linkedAt) {
}
