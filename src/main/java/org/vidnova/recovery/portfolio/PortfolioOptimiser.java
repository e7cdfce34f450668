package org.vidnova.recovery.portfolio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses, among candidate projects, the set of greatest total score within a budget and constraints (minimum
 * spend per district, groups that go together, pairs that exclude each other, pins, missing heritage approvals):
 * a 0-1 multi-constraint knapsack solved exactly by depth-first branch and bound.
 *
 * <p>The bound at each node is the linear-programming relaxation of the knapsack with the district minimums,
 * solved exactly in linear time: each district's shortfall is first met by its own best-ratio items (score per
 * UAH), then what is left of the budget goes to the best-ratio items of any district (a separable concave
 * maximisation, where taking the best marginal ratio is optimal). Exclusions are left out of the bound, which
 * keeps it an upper bound. Before the search, items whose opposite choice cannot beat the greedy answer are fixed
 * (reduction by bound, as in Martello and Toth), which leaves a small core for thousands of candidates. The
 * answer is {@code optimal} unless the search stopped at its node limit, in which case it is the best found.
 */
public final class PortfolioOptimiser {

    private static final double EPS = 1e-9;

    /** Search time that keeps a whole answer, with the candidates read and explained, within 2 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(1500);

    /** Depth-first nodes of the first search, whose better answer lets the reduction fix more items. */
    private static final long FIRST_SEARCH_NODES = 20_000;

    /** Partial sets alive at once in {@link CoreEnumeration} (each some 100 bytes). */
    private static final int STATE_CAP = 2_000_000;

    /** Free items on either side of the greedy answer's last one that {@link Search#improveAround} chooses anew. */
    private static final int WINDOW = 60;
    private static final long WINDOW_NANOS = 150_000_000L;
    private static final int WINDOW_STATES = 50_000;

    private final Duration timeLimit;

    /**
     * @param timeLimit how long the search may run; when it is reached the best set found is returned with
     *        {@code optimal} false and the proven bound on the best total score.
     */
    public PortfolioOptimiser(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public PortfolioOptimiser() {
        this(DEFAULT_TIME_LIMIT);
    }

    public Portfolio solve(List<Candidate> candidates, Constraints constraints) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Groups g = new Groups(candidates, constraints);
        Search s = new Search(g, FIRST_SEARCH_NODES, deadline);
        // The search recurses once per free item: a thread of its own with a deep stack, for thousands of them.
        Thread searching = new Thread(null, s::run, "portfolio-search", 512L << 20);
        searching.start();
        try {
            searching.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while choosing a portfolio", e);
        }
        if (s.best == null) {
            throw s.aborted ? new InfeasiblePortfolio("budget", "no set of projects meeting every constraint was "
                    + "found within the time limit of " + timeLimit.toMillis() + " ms") : noFeasibleSet(g);
        }
        return answer(g, s.best, s.nodes, !s.aborted, s.aborted ? s.bound : Double.NaN);
    }

    /**
     * The greedy baseline the benchmark compares with: each district's minimum met by its best score per UAH,
     * then the rest of the budget by best score per UAH; the same pre-decisions and reasons.
     */
    public Portfolio greedy(List<Candidate> candidates, Constraints constraints) {
        Groups g = new Groups(candidates, constraints);
        int[] chosen = new Search(g, 0, Long.MAX_VALUE).greedy();
        if (chosen == null) {
            throw noFeasibleSet(g);
        }
        return answer(g, chosen, 0, false, Double.NaN);
    }

    private static InfeasiblePortfolio noFeasibleSet(Groups g) {
        return new InfeasiblePortfolio("minShareByDistrict", "no set of projects meets every district's minimum "
                + "share within the budget " + g.constraints.budget() + " UAH" + (g.districts.length == 0 ? ""
                        : " (districts " + String.join(", ", g.districts) + ")"));
    }

    /** {@code bound}: the proven upper bound on the best total score; NaN when unknown or equal to the total. */
    private static Portfolio answer(Groups g, int[] state, long nodes, boolean optimal, double bound) {
        long totalCost = 0;
        double totalScore = 0;
        for (int i = 0; i < state.length; i++) {
            if (state[i] == Groups.IN) {
                totalCost += g.cost[i];
                totalScore += g.score[i];
            }
        }
        List<String> chosen = new ArrayList<>();
        List<Portfolio.LeftOut> leftOut = new ArrayList<>();
        for (int c = 0; c < g.candidates.size(); c++) {
            int i = g.itemOf[c];
            if (state[i] == Groups.IN) {
                chosen.add(g.candidates.get(c).id());
            } else {
                leftOut.add(new Portfolio.LeftOut(g.candidates.get(c).id(),
                        g.reasonAfterSearch(i, state, g.constraints.budget() - totalCost)));
            }
        }
        return new Portfolio(chosen, totalCost, totalScore, optimal, leftOut, nodes,
                optimal ? totalScore : Double.isNaN(bound) ? Double.NaN : Math.max(bound, totalScore));
    }

    /**
     * The search over the items still free after {@link Groups}: greedy, reduction, a short depth-first branch and
     * bound, a second reduction with its better answer, then {@link CoreEnumeration} over what is left free.
     */
    static final class Search {

        private final Groups g;
        private final long nodeLimit;
        private final long deadline;
        private final int[] state;
        /** Free items by decreasing score per UAH. */
        private int[] order;
        /** For each constrained district, its single-district free items in {@link #order}. */
        private int[][] byDistrict;
        /** The pieces of the free items (see {@link #bound()}) by decreasing score per UAH, and per district. */
        private int[] pieces;
        private int[][] piecesByDistrict;
        private int[] pieceItem;
        private ExclusionBound pairs;
        private int[] indexed;
        private long[] indexedSpend;
        private long indexedUsed;
        private long[] pieceCost;
        private double[] pieceScore;
        /** The constrained district of an item: index, -1 none, -2 several (a group across districts). */
        private final int[] districtOf;
        private final long[] spend;
        private double[] taken;
        private final double granularity;
        private long used;
        private double value;
        int[] best;
        private double bestValue = Double.NEGATIVE_INFINITY;
        long nodes;
        private long stopAt;
        boolean aborted;
        /** When aborted: the proven upper bound on the best total score. */
        double bound = Double.NaN;

        Search(Groups g, long nodeLimit, long deadline) {
            this.g = g;
            this.nodeLimit = nodeLimit;
            this.deadline = deadline;
            this.state = g.state.clone();
            this.granularity = granularity(g.score);
            int n = state.length;
            int k = g.districts.length;
            spend = new long[k];
            districtOf = new int[n];
            Arrays.fill(districtOf, -1);
            for (var e : g.spendByItem.entrySet()) {
                int only = -1;
                int count = 0;
                for (int d = 0; d < k; d++) {
                    if (e.getValue()[d] > 0) {
                        only = d;
                        count++;
                    }
                }
                districtOf[e.getKey()] = count > 1 || (count == 1 && e.getValue()[only] != g.cost[e.getKey()])
                        ? -2 : only;
            }
            for (int i = 0; i < n; i++) {
                if (state[i] == Groups.IN) {
                    take(i, 1);
                }
            }
            index();
        }

        /**
         * Orders the free items by score per UAH and cuts them into pieces for {@link #bound()}; again after the
         * reduction, so that each node of the search only walks the items still free.
         */
        private void index() {
            int k = g.districts.length;
            order = java.util.stream.IntStream.range(0, state.length).filter(i -> state[i] == Groups.FREE).boxed()
                    .sorted((a, b) -> Double.compare(ratio(b), ratio(a))).mapToInt(Integer::intValue).toArray();
            byDistrict = new int[k][];
            for (int d = 0; d < k; d++) {
                int dd = d;
                byDistrict[d] = Arrays.stream(order).filter(i -> districtOf[i] == dd).toArray();
            }
            List<long[]> cut = new ArrayList<>();
            for (int i : order) {
                long[] s = g.spendByItem.get(i);
                long rest = g.cost[i];
                int before = cut.size();
                for (int d = 0; s != null && d < k; d++) {
                    if (s[d] > 0) {
                        cut.add(new long[] {i, s[d], d});
                        rest -= s[d];
                    }
                }
                if (rest > 0 || cut.size() == before) {
                    cut.add(new long[] {i, rest, -1});
                }
            }
            int m = cut.size();
            pieceItem = new int[m];
            pieceCost = new long[m];
            pieceScore = new double[m];
            taken = new double[m];
            int[] pieceDistrict = new int[m];
            for (int p = 0; p < m; p++) {
                int i = (int) cut.get(p)[0];
                pieceItem[p] = i;
                pieceCost[p] = cut.get(p)[1];
                pieceScore[p] = g.cost[i] == 0 ? g.score[i] : g.score[i] * pieceCost[p] / g.cost[i];
                pieceDistrict[p] = (int) cut.get(p)[2];
            }
            // Pieces keep their item's ratio, so cutting items in order keeps the pieces in order.
            pieces = java.util.stream.IntStream.range(0, m).toArray();
            // The exclusion bound is built on first use, but over the items free now (not those a search has
            // decided for the moment).
            pairs = null;
            indexed = state.clone();
            indexedSpend = spend.clone();
            indexedUsed = used;
            piecesByDistrict = new int[k][];
            for (int d = 0; d < k; d++) {
                int dd = d;
                piecesByDistrict[d] = Arrays.stream(pieces).filter(p -> pieceDistrict[p] == dd).toArray();
            }
        }

        private double ratio(int i) {
            return g.cost[i] == 0 ? Double.POSITIVE_INFINITY : g.score[i] / g.cost[i];
        }

        private void take(int i, int sign) {
            used += sign * g.cost[i];
            value += sign * g.score[i];
            long[] s = g.spendByItem.get(i);
            if (s != null) {
                for (int d = 0; d < s.length; d++) {
                    spend[d] += sign * s[d];
                }
            }
        }

        void run() {
            int[] greedy = greedy();
            if (greedy != null) {
                record(greedy);
                improveExclusions();
            }
            // A short first search finds better answers; with them the reduction fixes more, then the core.
            reduce();
            index();
            stopAt = nodeLimit;
            dfs(0);
            if (!aborted) {
                return;
            }
            if (best != null) {
                improveAround(WINDOW);
            }
            reduce();
            index();
            long[] need = new long[spend.length];
            for (int d = 0; d < need.length; d++) {
                need[d] = g.minSpend[d] - spend[d];
            }
            double incumbent = best == null ? Double.NEGATIVE_INFINITY : bestValue - value;
            double margin = best == null ? 0 : threshold() - bestValue;
            CoreEnumeration core = new CoreEnumeration(g, order, g.constraints.budget() - used, need, incumbent,
                    margin, deadline, STATE_CAP);
            core.run();
            nodes += core.steps;
            if (core.bestTaken != null) {
                int[] chosen = state.clone();
                for (int i : core.bestTaken) {
                    chosen[i] = Groups.IN;
                }
                record(chosen);
            }
            aborted = !core.complete;
            bound = value + core.bound;
        }

        /**
         * Improves the best answer by solving exactly around where it stops taking items by score per UAH: the
         * {@code half} free items before and after that point are chosen anew, the others kept as they are.
         * Near that point lie the items of almost equal score per UAH, among which the best answer differs from
         * greedy; a better incumbent lets the reduction fix most of the rest.
         */
        private void improveAround(int half) {
            // Where the LP relaxation's budget runs out, taking the items by score per UAH.
            int c = 0;
            for (long left = g.constraints.budget() - used; c < order.length; c++) {
                if (best[order[c]] == Groups.IN || !conflict(best, order[c])) {
                    left -= g.cost[order[c]];
                    if (left < 0) {
                        break;
                    }
                }
            }
            int from = Math.max(0, c - half);
            int to = Math.min(order.length, c + half);
            for (boolean dropTail : new boolean[] {true, false}) {
                improveBetween(from, to, dropTail);
            }
        }

        /**
         * One neighbourhood of {@link #improveAround}: free items from {@code from} to {@code to} in
         * {@link #order} chosen anew; those after it kept as the best answer has them or, with
         * {@code dropTail}, left out (greedy fills the budget's end with small items of low score per UAH).
         */
        private void improveBetween(int from, int to, boolean dropTail) {
            int[] base = best.clone();
            if (dropTail) {
                for (int k = to; k < order.length; k++) {
                    base[order[k]] = Groups.OUT;
                }
            }
            boolean[] inWindow = new boolean[state.length];
            for (int k = from; k < to; k++) {
                inWindow[order[k]] = true;
            }
            long cost = 0;
            double kept = 0;
            long[] need = g.minSpend.clone();
            for (int i = 0; i < base.length; i++) {
                if (base[i] == Groups.IN && !inWindow[i]) {
                    cost += g.cost[i];
                    kept += g.score[i];
                    long[] s = g.spendByItem.get(i);
                    for (int d = 0; s != null && d < need.length; d++) {
                        need[d] -= s[d];
                    }
                }
            }
            int[] window = java.util.stream.IntStream.range(from, to).map(k -> order[k])
                    .filter(i -> g.conflicts.get(i).stream().noneMatch(j -> base[j] == Groups.IN && !inWindow[j]))
                    .toArray();
            long t0 = System.nanoTime();
            // A heuristic: a small share of the time, and few sets.
            CoreEnumeration near = new CoreEnumeration(g, window, g.constraints.budget() - cost, need,
                    bestValue - kept, threshold() - bestValue, Math.min(deadline, t0 + WINDOW_NANOS), WINDOW_STATES);
            near.run();
            nodes += near.steps;
            if (near.bestTaken != null) {
                int[] chosen = base.clone();
                for (int k = from; k < to; k++) {
                    chosen[order[k]] = Groups.OUT;
                }
                for (int i : near.bestTaken) {
                    chosen[i] = Groups.IN;
                }
                record(chosen);
            }
        }

        /**
         * Greedy takes the better score per UAH of two projects that exclude each other, though the other may
         * score far more in all; for each project left out so, greedy again without what excludes it, kept when
         * better. This brings the first answer near enough to the optimum for the reduction to fix most items.
         */
        private void improveExclusions() {
            boolean[] barred = new boolean[state.length];
            for (int pass = 0; pass < 3 && System.nanoTime() < deadline; pass++) {
                boolean better = false;
                for (int i : order) {
                    if (best[i] == Groups.IN || g.conflicts.get(i).isEmpty()) {
                        continue;
                    }
                    List<Integer> now = new ArrayList<>();
                    for (int j : g.conflicts.get(i)) {
                        if (best[j] == Groups.IN && !barred[j] && state[j] == Groups.FREE) {
                            barred[j] = true;
                            now.add(j);
                        }
                    }
                    if (now.isEmpty()) {
                        continue;
                    }
                    int[] tried = greedy(barred);
                    if (tried != null && valueOf(tried) > threshold()) {
                        record(tried);
                        better = true;
                    } else {
                        now.forEach(j -> barred[j] = false);
                    }
                }
                if (!better) {
                    break;
                }
            }
        }

        private double valueOf(int[] chosen) {
            double v = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] == Groups.IN) {
                    v += g.score[i];
                }
            }
            return v;
        }

        private void record(int[] chosen) {
            bestValue = valueOf(chosen);
            best = chosen.clone();
            for (int i = 0; i < best.length; i++) {
                if (best[i] == Groups.FREE) {
                    best[i] = Groups.OUT;
                }
            }
        }

        /** Greedy by score per UAH, district minimums first; null when it meets no feasible set. */
        int[] greedy() {
            return greedy(null);
        }

        /** Greedy with the {@code barred} items left out. */
        private int[] greedy(boolean[] barred) {
            int[] s = state.clone();
            for (int i = 0; barred != null && i < s.length; i++) {
                if (barred[i] && s[i] == Groups.FREE) {
                    s[i] = Groups.OUT;
                }
            }
            long budget = g.constraints.budget();
            long[] sp = spend.clone();
            long u = used;
            for (int d = 0; d < byDistrict.length; d++) {
                for (int i : byDistrict[d]) {
                    if (sp[d] >= g.minSpend[d]) {
                        break;
                    }
                    if (s[i] == Groups.FREE && u + g.cost[i] <= budget && !conflict(s, i)) {
                        s[i] = Groups.IN;
                        u += g.cost[i];
                        sp[d] += g.cost[i];
                    }
                }
            }
            for (int i : order) {
                if (s[i] == Groups.FREE && u + g.cost[i] <= budget && !conflict(s, i)) {
                    s[i] = Groups.IN;
                    u += g.cost[i];
                    long[] c = g.spendByItem.get(i);
                    if (c != null) {
                        for (int d = 0; d < c.length; d++) {
                            sp[d] += c[d];
                        }
                    }
                }
            }
            for (int d = 0; d < sp.length; d++) {
                if (sp[d] < g.minSpend[d]) {
                    return null;
                }
            }
            for (int i = 0; i < s.length; i++) {
                if (s[i] == Groups.FREE) {
                    s[i] = Groups.OUT;
                }
            }
            return s;
        }

        private boolean conflict(int[] s, int i) {
            for (int j : g.conflicts.get(i)) {
                if (s[j] == Groups.IN) {
                    return true;
                }
            }
            return false;
        }

        /** Fixes free items (without exclusions) whose opposite choice cannot beat the best known answer. */
        private void reduce() {
            if (best == null) {
                return;
            }
            for (int i : order) {
                // Fixing fewer items is always safe; past the deadline the search below stops at once anyway.
                if (System.nanoTime() > deadline) {
                    return;
                }
                if (state[i] != Groups.FREE) {
                    continue;
                }
                state[i] = Groups.OUT;
                double boundOut = bound();
                if (boundOut <= threshold()) {
                    if (used + g.cost[i] <= g.constraints.budget()) {
                        state[i] = Groups.IN;
                        take(i, 1);
                        // A better answer takes i, so none of what i excludes.
                        for (int j : g.conflicts.get(i)) {
                            if (state[j] == Groups.FREE) {
                                state[j] = Groups.OUT;
                            }
                        }
                    }
                    // An item that cannot fit with what is fixed in stays out: no answer better than the best
                    // known leaves it out, and none can take it in.
                    continue;
                }
                state[i] = Groups.IN;
                take(i, 1);
                double boundIn = used <= g.constraints.budget() ? bound() : Double.NEGATIVE_INFINITY;
                take(i, -1);
                if (boundIn <= threshold()) {
                    state[i] = Groups.OUT;
                } else {
                    state[i] = Groups.FREE;
                }
            }
        }

        private void dfs(int pos) {
            if (++nodes > stopAt || (nodes & 1023) == 0 && System.nanoTime() > deadline) {
                aborted = true;
                return;
            }
            while (pos < order.length && state[order[pos]] != Groups.FREE) {
                pos++;
            }
            if (pos == order.length) {
                if ((best == null || value > threshold()) && meetsMinimums()) {
                    record(state);
                }
                return;
            }
            if (bound() <= threshold()) {
                return;
            }
            int i = order[pos];
            if (used + g.cost[i] <= g.constraints.budget()) {
                List<Integer> excluded = new ArrayList<>();
                for (int j : g.conflicts.get(i)) {
                    if (state[j] == Groups.FREE) {
                        state[j] = Groups.OUT;
                        excluded.add(j);
                    }
                }
                state[i] = Groups.IN;
                take(i, 1);
                dfs(pos + 1);
                take(i, -1);
                for (int j : excluded) {
                    state[j] = Groups.FREE;
                }
                if (aborted) {
                    state[i] = Groups.FREE;
                    return;
                }
            }
            state[i] = Groups.OUT;
            dfs(pos + 1);
            state[i] = Groups.FREE;
        }

        /**
         * What a bound or an answer must exceed to matter: the best known value, give or take rounding; when every
         * score is a multiple of a unit (0.1 or 1, as the recovery scoring rounds), a better answer is at least one
         * unit better, which prunes far more of the search.
         */
        private double threshold() {
            return best == null ? Double.NEGATIVE_INFINITY
                    : bestValue + Math.max(EPS * Math.max(1, Math.abs(bestValue)), 0.999 * granularity);
        }

        private static double granularity(double[] scores) {
            for (double unit : new double[] {1, 0.1}) {
                boolean all = true;
                for (double s : scores) {
                    double units = s / unit;
                    all &= Math.abs(units - Math.rint(units)) < 1e-6;
                }
                if (all) {
                    return unit;
                }
            }
            return 0;
        }

        private boolean meetsMinimums() {
            for (int d = 0; d < spend.length; d++) {
                if (spend[d] < g.minSpend[d]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The LP relaxation's value at this node, or minus infinity when even fractionally the district minimums
         * cannot be met within the budget. A group across districts is split into one piece per district (each
         * with the group's score per UAH); letting the pieces be taken apart relaxes the problem further, so the
         * value stays an upper bound. Where two free items exclude each other, the {@link ExclusionBound} (without
         * the district minimums) may be lower; both are upper bounds, so the lower of the two is.
         */
        double bound() {
            double lp = lpBound();
            return lp == Double.NEGATIVE_INFINITY ? lp
                    : Math.min(lp, value + pairs().value(state, g.constraints.budget() - used, spend));
        }

        /** Built on first use after each {@link #index()} (greedy alone never needs it). */
        private ExclusionBound pairs() {
            if (pairs == null) {
                long[] sp = indexedSpend;
                int[] live = java.util.stream.IntStream.range(0, sp.length).filter(d -> g.minSpend[d] > sp[d])
                        .toArray();
                long[] need = Arrays.stream(live).mapToLong(d -> g.minSpend[d] - sp[d]).toArray();
                pairs = new ExclusionBound(g, indexed, live,
                        CoreEnumeration.multipliers(g, order, g.constraints.budget() - indexedUsed, need, live));
            }
            return pairs;
        }

        /** The district LP bound (see {@link #bound()}), exclusions left out. */
        private double lpBound() {
            double cap = g.constraints.budget() - used;
            double b = value;
            for (int d = 0; d < piecesByDistrict.length; d++) {
                double shortfall = g.minSpend[d] - spend[d];
                if (shortfall <= 0) {
                    continue;
                }
                for (int p : piecesByDistrict[d]) {
                    if (shortfall <= 0) {
                        break;
                    }
                    if (state[pieceItem[p]] != Groups.FREE) {
                        continue;
                    }
                    double f = pieceCost[p] == 0 ? 1 : Math.min(1, shortfall / pieceCost[p]);
                    taken[p] = f;
                    b += f * pieceScore[p];
                    cap -= f * pieceCost[p];
                    shortfall -= f * pieceCost[p];
                }
                if (shortfall > 1e-6) {
                    clearTaken();
                    return Double.NEGATIVE_INFINITY;
                }
            }
            if (cap < -1e-6) {
                clearTaken();
                return Double.NEGATIVE_INFINITY;
            }
            for (int p : pieces) {
                if (state[pieceItem[p]] != Groups.FREE || taken[p] >= 1) {
                    continue;
                }
                double rest = (1 - taken[p]) * pieceCost[p];
                if (rest <= cap) {
                    b += (1 - taken[p]) * pieceScore[p];
                    cap -= rest;
                } else {
                    b += cap / pieceCost[p] * pieceScore[p];
                    break;
                }
            }
            clearTaken();
            return b;
        }

        private void clearTaken() {
            for (int[] ps : piecesByDistrict) {
                for (int p : ps) {
                    taken[p] = 0;
                }
            }
        }
    }
}
