package org.vidnova.recovery.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact search over the items left free after the reduction (the "core", typically a few hundred of 5,000):
 * dynamic programming over partial sets with dominance and bounds, in the manner of Pisinger's knapsack
 * algorithms, rather than a depth-first tree. Items are added one at a time in order of score per UAH; a partial
 * set is kept only if no other set of the same kind costs no more and scores at least as much, and if it can
 * still beat the best known answer by the LP bound of the items not yet added. Two sets are "of the same kind"
 * when they have met the same part of each district's outstanding minimum and hold the same items that exclude a
 * later one: then every completion of the dominated set also completes the dominating one, no worse. Merging
 * equal subproblems is what the depth-first search could not do, and why this needs orders of magnitude fewer
 * steps on instances whose LP bound is within a few units of the optimum.
 *
 * <p>Stops at a deadline or a cap on live sets; then the best found stands and the proven bound is the greatest
 * bound of the sets still alive.
 */
final class CoreEnumeration {

    private static final double EPS = 1e-9;

    /** The core items, by decreasing score per UAH. */
    private final int[] items;
    private final long[] w;
    private final double[] p;
    /** Spend of each item in each district whose minimum is not yet met by the fixed items, or null. */
    private final long[][] spend;
    private final long[] need;
    /** Suffix sums: cost, score and district spend of the items from position k on. */
    private final long[] cw;
    private final double[] cp;
    /**
     * A multiplier per district minimum (Lagrangian relaxation): an item's score plus, per UAH it spends in the
     * district, the multiplier; with the duals of the LP these bound as tightly as the LP with the minimums.
     */
    private final double[] mu;
    private final double[] pm;
    private final double[] cpm;
    private final long[][] reach;
    /** Core positions each item excludes, and the bit of each item that excludes another core item. */
    private final int[][] conflicts;
    private final int[] bit;
    /** The last position of a conflict partner of each bit's item: after it, the bit no longer matters. */
    private final int[] lastPartner;
    private final int words;
    private final long capacity;
    private final long deadline;
    private final int stateCap;

    /** The best core score known, and by how much an answer must beat it to count (the score unit). */
    double bestValue;
    private final double margin;
    /** The positions taken in the best set found here, or null when none beat the given best. */
    int[] bestTaken;
    boolean complete;
    double bound;
    long steps;

    /** A partial set: cost and score of the core items taken, outstanding district spend met, items taken. */
    private record State(long w, double p, long[] met, long[] mask, Chain taken) {
    }

    private record Chain(int pos, Chain prev) {
    }

    private record Kind(long[] met, long[] mask) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Kind k && Arrays.equals(met, k.met) && Arrays.equals(mask, k.mask);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(met) + Arrays.hashCode(mask);
        }
    }

    /**
     * @param items free items by decreasing score per UAH; {@code capacity} the budget left; {@code need} each
     *        district's minimum spend not yet met (≤ 0 when met); {@code incumbent} the best known total minus the
     *        fixed items' score, and {@code margin} by how much a better answer must exceed it.
     */
    CoreEnumeration(Groups g, int[] items, long capacity, long[] need, double incumbent, double margin,
            long deadline, int stateCap) {
        this.capacity = capacity;
        this.deadline = deadline;
        this.stateCap = stateCap;
        this.bestValue = incumbent;
        this.margin = margin;
        int m = items.length;
        int[] live = java.util.stream.IntStream.range(0, need.length).filter(d -> need[d] > 0).toArray();
        this.need = Arrays.stream(live).mapToLong(d -> need[d]).toArray();
        mu = multipliers(g, items, capacity, this.need, live);
        // Taken in order of score per UAH with the multipliers, which makes the suffix bound Dantzig's.
        this.items = Arrays.stream(items).boxed().sorted((a, b) -> Double.compare(modifiedRatio(g, b, live),
                modifiedRatio(g, a, live))).mapToInt(Integer::intValue).toArray();
        items = this.items;
        w = new long[m];
        p = new double[m];
        spend = new long[m][];
        Map<Integer, Integer> position = new HashMap<>();
        for (int k = 0; k < m; k++) {
            int i = items[k];
            position.put(i, k);
            w[k] = g.cost[i];
            p[k] = g.score[i];
            long[] s = g.spendByItem.get(i);
            if (s != null && live.length > 0) {
                spend[k] = Arrays.stream(live).mapToLong(d -> s[d]).toArray();
            }
        }
        cw = new long[m + 1];
        cp = new double[m + 1];
        pm = new double[m];
        cpm = new double[m + 1];
        reach = new long[m + 1][this.need.length];
        for (int k = m - 1; k >= 0; k--) {
            cw[k] = cw[k + 1] + w[k];
            cp[k] = cp[k + 1] + p[k];
            pm[k] = p[k];
            for (int d = 0; spend[k] != null && d < mu.length; d++) {
                pm[k] += mu[d] * spend[k][d];
            }
            cpm[k] = cpm[k + 1] + pm[k];
            for (int d = 0; d < this.need.length; d++) {
                reach[k][d] = reach[k + 1][d] + (spend[k] == null ? 0 : spend[k][d]);
            }
        }
        conflicts = new int[m][];
        bit = new int[m];
        Arrays.fill(bit, -1);
        List<Integer> lasts = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            conflicts[k] = g.conflicts.get(items[k]).stream().filter(position::containsKey).mapToInt(position::get)
                    .sorted().toArray();
            if (conflicts[k].length > 0) {
                bit[k] = lasts.size();
                lasts.add(conflicts[k][conflicts[k].length - 1]);
            }
        }
        lastPartner = lasts.stream().mapToInt(Integer::intValue).toArray();
        words = (lastPartner.length + 63) / 64;
    }

    /**
     * Multipliers from the LP with the minimums, solved greedily: each unmet district's shortfall by its own best
     * items, then the rest of the budget by the best of all; a district whose last item needed scores less per UAH
     * than the last item of the fill (λ) has the difference as its multiplier. Any μ ≥ 0 keeps the bound valid;
     * these make it about as tight as the LP.
     */
    static double[] multipliers(Groups g, int[] items, long capacity, long[] need, int[] live) {
        double[] mu = new double[live.length];
        if (live.length == 0) {
            return mu;
        }
        boolean[] taken = new boolean[items.length];
        double[] last = new double[live.length];
        Arrays.fill(last, Double.NaN);
        long cap = capacity;
        for (int d = 0; d < live.length; d++) {
            long shortfall = need[d];
            for (int k = 0; k < items.length && shortfall > 0; k++) {
                long[] s = g.spendByItem.get(items[k]);
                if (!taken[k] && s != null && s[live[d]] > 0 && g.cost[items[k]] > 0) {
                    taken[k] = true;
                    cap -= g.cost[items[k]];
                    shortfall -= s[live[d]];
                    last[d] = g.score[items[k]] / g.cost[items[k]];
                }
            }
        }
        double lambda = 0;
        for (int k = 0; k < items.length; k++) {
            if (!taken[k]) {
                cap -= g.cost[items[k]];
                if (cap < 0) {
                    lambda = g.score[items[k]] / g.cost[items[k]];
                    break;
                }
            }
        }
        for (int d = 0; d < live.length; d++) {
            mu[d] = Double.isNaN(last[d]) ? 0 : Math.max(0, lambda - last[d]);
        }
        return mu;
    }

    private double modifiedRatio(Groups g, int i, int[] live) {
        if (g.cost[i] == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double score = g.score[i];
        long[] s = g.spendByItem.get(i);
        for (int d = 0; s != null && d < live.length; d++) {
            score += mu[d] * s[live[d]];
        }
        return score / g.cost[i];
    }

    void run() {
        int m = items.length;
        List<State> start = List.of(new State(0, 0, new long[need.length], new long[words], null));
        consider(start.get(0));
        Map<Kind, List<State>> alive = new HashMap<>();
        alive.put(kind(start.get(0), 0), new ArrayList<>(start));
        for (int k = 0; k < m; k++) {
            if (System.nanoTime() > deadline) {
                stop(alive, k);
                return;
            }
            Map<Kind, List<State>> next = new HashMap<>();
            int count = 0;
            long added = 0;
            for (List<State> sets : alive.values()) {
                for (State s : sets) {
                    next.computeIfAbsent(kind(s, k + 1), x -> new ArrayList<>()).add(s);
                }
                for (State s : sets) {
                    State t = add(s, k);
                    if (t != null) {
                        consider(t);
                        next.computeIfAbsent(kind(t, k + 1), x -> new ArrayList<>()).add(t);
                    }
                    // A step over many sets may itself take long: the deadline holds within it too.
                    if ((++added & 4095) == 0 && System.nanoTime() > deadline) {
                        stop(alive, k);
                        return;
                    }
                }
            }
            for (List<State> sets : next.values()) {
                filter(sets, k + 1);
                count += sets.size();
            }
            next.values().removeIf(List::isEmpty);
            alive = next;
            steps += count;
            if (count > stateCap && k < m - 1) {
                stop(alive, k + 1);
                return;
            }
        }
        complete = true;
    }

    /** Stops before position k: the bound is the greatest a set still alive could reach, or the best found. */
    private void stop(Map<Kind, List<State>> alive, int k) {
        complete = false;
        bound = bestValue;
        for (List<State> sets : alive.values()) {
            for (State s : sets) {
                bound = Math.max(bound, bound(s, k));
            }
        }
    }

    /** The set {@code s} with position k added, or null when it does not fit or excludes an item taken. */
    private State add(State s, int k) {
        if (s.w + w[k] > capacity) {
            return null;
        }
        for (int j : conflicts[k]) {
            if (j < k && (s.mask[bit[j] >>> 6] & 1L << bit[j]) != 0) {
                return null;
            }
        }
        long[] met = s.met;
        if (spend[k] != null) {
            met = met.clone();
            for (int d = 0; d < need.length; d++) {
                met[d] = Math.min(need[d], met[d] + spend[k][d]);
            }
        }
        long[] mask = s.mask;
        if (bit[k] >= 0) {
            mask = mask.clone();
            mask[bit[k] >>> 6] |= 1L << bit[k];
        }
        return new State(s.w + w[k], s.p + p[k], met, mask, new Chain(k, s.taken));
    }

    /** Of sets of one kind: keep those no cheaper-or-equal set beats, and that may still beat the best. */
    private void filter(List<State> sets, int k) {
        sets.sort((a, b) -> a.w != b.w ? Long.compare(a.w, b.w) : Double.compare(b.p, a.p));
        double top = Double.NEGATIVE_INFINITY;
        int kept = 0;
        for (State s : sets) {
            if (s.p <= top + EPS) {
                continue;
            }
            top = s.p;
            if (bound(s, k) <= bestValue + margin || !reachable(s, k)) {
                continue;
            }
            sets.set(kept++, s);
        }
        sets.subList(kept, sets.size()).clear();
    }

    private boolean reachable(State s, int k) {
        for (int d = 0; d < need.length; d++) {
            if (s.met[d] + reach[k][d] < need[d]) {
                return false;
            }
        }
        return true;
    }

    /** A complete answer when the rest stays out: the best if it meets every minimum and beats it. */
    private void consider(State s) {
        if (s.p <= bestValue + margin) {
            return;
        }
        for (int d = 0; d < need.length; d++) {
            if (s.met[d] < need[d]) {
                return;
            }
        }
        bestValue = s.p;
        List<Integer> taken = new ArrayList<>();
        for (Chain c = s.taken; c != null; c = c.prev) {
            taken.add(c.pos);
        }
        bestTaken = taken.stream().mapToInt(pos -> items[pos]).toArray();
    }

    /** The bit mask that still matters from position k on: items whose excluded partners are yet to come. */
    private Kind kind(State s, int k) {
        long[] mask = s.mask;
        if (words > 0) {
            mask = mask.clone();
            for (int b = 0; b < lastPartner.length; b++) {
                if (lastPartner[b] < k) {
                    mask[b >>> 6] &= ~(1L << b);
                }
            }
        }
        return new Kind(s.met, mask);
    }

    /**
     * The bound on what a set can reach adding items from position k on: for any multipliers μ ≥ 0, the score
     * of a completion that meets the outstanding minimums r is at most its score with μ per UAH spent in each
     * district, minus μ·r; that in turn is at most the LP (Dantzig) bound with those scores. Exclusions are left
     * out, which relaxes it further.
     */
    private double bound(State s, int k) {
        double b = s.p + lp(k, capacity - s.w);
        for (int d = 0; d < mu.length; d++) {
            b -= mu[d] * (need[d] - s.met[d]);
        }
        return b;
    }

    /** The LP bound of the items from position k on within {@code cap}, with the multipliers' scores. */
    private double lp(int k, long cap) {
        if (cw[k] <= cap) {
            return cpm[k];
        }
        // The last j with cw[k] - cw[j] <= cap: items k..j-1 fit whole, then a fraction of item j.
        int lo = k;
        int hi = items.length;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cw[k] - cw[mid] <= cap) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long rest = cap - (cw[k] - cw[lo]);
        return cpm[k] - cpm[lo] + rest * pm[lo] / w[lo];
    }
}
