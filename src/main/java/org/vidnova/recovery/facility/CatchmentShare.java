package org.vidnova.recovery.facility;

import java.util.List;

/**
 * A facility's share of its district's present population, for the evidence beside a decision. The population
 * module estimates present population per district only (no finer grid, no ages), so a radius around the facility
 * cannot be counted; the district is divided among the facilities of the same use that it had (damaged ones too:
 * their catchment is what the decision is about):
 *
 * <pre>share = capacity / sum of the capacities of the district's facilities of the use</pre>
 *
 * when every one of them has a known capacity, else {@code 1 / their number}. Plain Java, no Spring.
 */
public final class CatchmentShare {

    /** How the share was found: by capacity, or equally when a capacity is missing. */
    public enum Method {
        CAPACITY, EQUAL
    }

    /** The share (0..1) of the district and how it was found. */
    public record Share(double fraction, Method method, int facilities) {
    }

    private CatchmentShare() {
    }

    /**
     * {@code own} is the facility's capacity (null when unknown); {@code all} the capacities of every facility of
     * the use in the district, itself included (a null for each unknown one).
     */
    public static Share of(Integer own, List<Integer> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the district's facilities include the facility itself");
        }
        long total = 0;
        boolean known = own != null;
        for (Integer c : all) {
            if (c == null) {
                known = false;
            } else {
                total += c;
            }
        }
        if (known && total > 0) {
            return new Share(own / (double) total, Method.CAPACITY, all.size());
        }
        return new Share(1.0 / all.size(), Method.EQUAL, all.size());
    }

    /** {@code people} × {@code share}, rounded to whole people. */
    public static long people(long people, Share share) {
        return Math.round(people * share.fraction());
    }
}
