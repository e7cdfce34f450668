package org.vidnova.recovery.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the chosen set must respect: the budget (whole UAH); for some districts a minimum share of the budget
 * (0..1) spent there; projects pinned in or out; groups of projects that go together (all or none) and pairs that
 * exclude each other.
 */
public record Constraints(long budget, Map<String, Double> minShareByDistrict, Set<String> pinnedIn,
        Set<String> pinnedOut, List<List<String>> together, List<List<String>> exclusive) {

    public Constraints {
        minShareByDistrict = minShareByDistrict == null ? Map.of() : Map.copyOf(minShareByDistrict);
        pinnedIn = pinnedIn == null ? Set.of() : Set.copyOf(pinnedIn);
        pinnedOut = pinnedOut == null ? Set.of() : Set.copyOf(pinnedOut);
        together = together == null ? List.of() : List.copyOf(together);
        exclusive = exclusive == null ? List.of() : List.copyOf(exclusive);
    }

    public static Constraints budget(long budget) {
        return new Constraints(budget, null, null, null, null, null);
    }
}
