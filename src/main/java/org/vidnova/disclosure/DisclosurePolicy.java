package org.vidnova.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What the public may see. {@code strikeDelayHours}: a strike record is public only this long after it occurred;
 * {@code strikeLocation}: exact, or rounded to the district (then its description and source link, which may name
 * the street, are withheld too); {@code hiddenShelterKinds}: shelter kinds the public does not see;
 * {@code smallestCount}: a public count of people under this is shown as {@code "<smallestCount"}.
 * {@code version}, {@code decidedBy}, {@code decidedAt} and {@code reason} say who decided it, when and why.
 */
public record DisclosurePolicy(long version, int strikeDelayHours, StrikeLocation strikeLocation,
        Set<String> hiddenShelterKinds, int smallestCount, String reason, String decidedBy, Instant decidedAt) {

    /** Before anyone decides: everything public at once, as the register holds it, small counts under 3 hidden. */
    static final DisclosurePolicy DEFAULT = new DisclosurePolicy(0, 0, StrikeLocation.EXACT, Set.of(), 3,
            "default before any decision", "system", Instant.EPOCH);

    public DisclosurePolicy {
        hiddenShelterKinds = Set.copyOf(hiddenShelterKinds);
    }

    /** Strikes that occurred after this instant are not public yet. */
    public Instant strikeCutoff(Instant now) {
        return now.minus(Duration.ofHours(strikeDelayHours));
    }

    public boolean strikesRoundedToDistrict() {
        return strikeLocation == StrikeLocation.DISTRICT;
    }

    public boolean hidesShelterKind(String kind) {
        return hiddenShelterKinds.contains(kind);
    }

    /** A public count of people: the number, or {@code "<N"} for 1 to N−1 (0 stays 0: nothing to identify). */
    public Object count(long n) {
        return n > 0 && n < smallestCount ? "<" + smallestCount : n;
    }
}
