package org.vidnova.population.estimate;

import java.time.LocalDate;

/**
 * The people who moved one way in one district on one day, as the two kinds of source saw them: {@code registered}
 * people in {@code households} registered by social services (counted one by one), and, when an aggregate source
 * counted the cell, its {@code counted} people with its interval {@code low..high} (null when none counted).
 */
public record Flow(LocalDate day, String district, Direction direction, long registered, long households,
        Long counted, Long low, Long high) {

    public Flow {
        if (counted != null && (low == null || high == null || low > counted || high < counted)) {
            throw new IllegalArgumentException("an aggregate count needs low <= counted <= high");
        }
    }

    /**
     * The overlap rule: registrations are a subset of the movers (a household that registered may also have been
     * counted at a transit point), so the two are never added. The larger of the registered and the counted is the
     * point; the registered bound the aggregate's interval from below. Without an aggregate the registrations
     * stand alone, exact.
     */
    public long point() {
        return counted == null ? registered : Math.max(registered, counted);
    }

    public long lowest() {
        return counted == null ? registered : Math.max(registered, low);
    }

    public long highest() {
        return counted == null ? registered : Math.max(registered, high);
    }
}
