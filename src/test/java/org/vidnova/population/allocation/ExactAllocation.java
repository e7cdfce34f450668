package org.vidnova.population.allocation;

import java.util.List;

/**
 * The best achievable total score of a small case, for comparing the greedy {@link Allocator} with: dynamic
 * programming over the households and the vector of free places left in each site (a state per combination, so only
 * for a few sites with a few places each). Same model: a household goes whole to one allowed site with room, or waits.
 */
public final class ExactAllocation {

    private ExactAllocation() {
    }

    public static double best(List<AllocationHousehold> households, List<AllocationSite> sites, AllocationRule rule) {
        int m = sites.size();
        int[] radix = new int[m];
        int states = 1;
        for (int s = 0; s < m; s++) {
            radix[s] = states;
            states = Math.multiplyExact(states, sites.get(s).free() + 1);
        }
        if (states > 20_000_000) {
            throw new IllegalArgumentException("too many states for the exact solver: " + states);
        }
        // value[state] = best total of the households after i, with the free places of state left.
        double[] value = new double[states];
        double[] next = new double[states];
        for (int i = households.size() - 1; i >= 0; i--) {
            AllocationHousehold h = households.get(i);
            double[] scores = new double[m];
            boolean[] allowed = new boolean[m];
            for (int s = 0; s < m; s++) {
                scores[s] = rule.score(h, sites.get(s));
                allowed[s] = rule.allowed(h, sites.get(s));
            }
            for (int state = 0; state < states; state++) {
                double best = value[state];
                for (int s = 0; s < m; s++) {
                    int left = (state / radix[s]) % (sites.get(s).free() + 1);
                    if (allowed[s] && left >= h.size()) {
                        best = Math.max(best, scores[s] + value[state - h.size() * radix[s]]);
                    }
                }
                next[state] = best;
            }
            double[] swap = value;
            value = next;
            next = swap;
        }
        return value[states - 1];
    }
}
