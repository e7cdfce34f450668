package org.vidnova.recovery.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * An upper bound that, unlike the district LP bound, knows that two projects exclude each other: the LP
 * relaxation of the budget with {@code x_a + x_b <= 1} for every pair of free items that exclude only each other
 * (a multiple-choice knapsack, whose LP is solved greedily over each pair's upper concave hull, after Sinha and
 * Zoltners), the district minimums left out. Greedy prefers the better score per UAH of such a pair and the LP
 * without the pair takes both, which on the generated city left it some hundred points above the optimum; this
 * bound counts the pair once. Items in larger clusters of exclusions count alone, which keeps it a bound.
 *
 * <p>The entries are sorted once for the items free when it is built; {@link #value} then walks them, using
 * those that fit what is still free.
 */
final class ExclusionBound {

    /** When an entry counts: its item free (and for a pair's hull, both free; alone, the other not free). */
    private record Entry(int a, int b, boolean both, long cost, double score) {

        double ratio() {
            return cost == 0 ? Double.POSITIVE_INFINITY : score / cost;
        }
    }

    private final Entry[] entries;
    private final long[] minSpend;
    private final int[] live;
    private final double[] mu;

    /**
     * @param live the districts whose minimum is not met yet, {@code mu} a multiplier ≥ 0 for each: an item
     *        scores μ more per UAH it spends there, and {@link #value} takes μ per UAH still short (a Lagrangian
     *        relaxation of the minimums, valid for any μ ≥ 0 and as tight as the LP for its duals).
     */
    ExclusionBound(Groups g, int[] state, int[] live, double[] mu) {
        this.minSpend = g.minSpend;
        this.live = live;
        this.mu = mu;
        double[] score = new double[state.length];
        for (int i = 0; i < state.length; i++) {
            score[i] = g.score[i];
            long[] s = g.spendByItem.get(i);
            for (int d = 0; s != null && d < live.length; d++) {
                score[i] += mu[d] * s[live[d]];
            }
        }
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (state[i] != Groups.FREE) {
                continue;
            }
            int j = onlyFreePartner(g, state, i);
            if (j < 0 || onlyFreePartner(g, state, j) != i) {
                list.add(new Entry(i, -1, false, g.cost[i], score[i]));
                continue;
            }
            // Each counts alone once the other is decided; the hull once per pair, from its lighter item.
            list.add(new Entry(i, j, false, g.cost[i], score[i]));
            boolean lighter = g.cost[i] < g.cost[j] || g.cost[i] == g.cost[j] && i < j;
            if (lighter) {
                hull(list, i, j, g.cost[i], score[i], g.cost[j], score[j]);
            }
        }
        list.sort((x, y) -> Double.compare(y.ratio(), x.ratio()));
        entries = list.toArray(Entry[]::new);
    }

    /** The hull of {0, a, b} with a no heavier than b, as entries that count while both are free. */
    private static void hull(List<Entry> list, int a, int b, long wa, double pa, long wb, double pb) {
        if (pb <= pa) {
            list.add(new Entry(a, b, true, wa, pa));
        } else if (wb == wa || wa > 0 && (pb - pa) / (wb - wa) >= pa / wa) {
            list.add(new Entry(b, a, true, wb, pb));
        } else {
            list.add(new Entry(a, b, true, wa, pa));
            list.add(new Entry(b, a, true, wb - wa, pb - pa));
        }
    }

    private static int onlyFreePartner(Groups g, int[] state, int i) {
        int found = -1;
        for (int j : g.conflicts.get(i)) {
            if (state[j] == Groups.FREE) {
                if (found >= 0) {
                    return -2;
                }
                found = j;
            }
        }
        return found;
    }

    /** The bound on the score the free items can still add within {@code cap}, given the district spend so far. */
    double value(int[] state, long cap, long[] spend) {
        if (cap < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double b = 0;
        for (int d = 0; d < live.length; d++) {
            b -= mu[d] * Math.max(0, minSpend[live[d]] - spend[live[d]]);
        }
        double left = cap;
        for (Entry e : entries) {
            boolean counts = e.b < 0 ? state[e.a] == Groups.FREE
                    : e.both ? state[e.a] == Groups.FREE && state[e.b] == Groups.FREE
                            : state[e.a] == Groups.FREE && state[e.b] != Groups.FREE;
            if (!counts) {
                continue;
            }
            if (e.cost <= left) {
                b += e.score;
                left -= e.cost;
            } else {
                return b + left / e.cost * e.score;
            }
        }
        return b;
    }
}
