package org.vidnova.recovery.portfolio;

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

    private final long nodeLimit;

    public PortfolioOptimiser(long nodeLimit) {
        this.nodeLimit = nodeLimit;
    }

    public PortfolioOptimiser() {
        this(20_000_000L);
    }

    public Portfolio solve(List<Candidate> candidates, Constraints constraints) {
        Groups g = new Groups(candidates, constraints);
        Search s = new Search(g, nodeLimit);
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
            throw noFeasibleSet(g);
        }
        return answer(g, s.best, s.nodes, !s.aborted);
    }

    /**
     * The greedy baseline the benchmark compares with: each district's minimum met by its best score per UAH,
     * then the rest of the budget by best score per UAH; the same pre-decisions and reasons.
     */
    public Portfolio greedy(List<Candidate> candidates, Constraints constraints) {
        Groups g = new Groups(candidates, constraints);
        int[] chosen = new Search(g, 0).greedy();
        if (chosen == null) {
            throw noFeasibleSet(g);
        }
        return answer(g, chosen, 0, false);
    }

    private static InfeasiblePortfolio noFeasibleSet(Groups g) {
        return new InfeasiblePortfolio("minShareByDistrict", "no set of projects meets every district's minimum "
                + "share within the budget " + g.constraints.budget() + " UAH" + (g.districts.length == 0 ? ""
                        : " (districts " + String.join(", ", g.districts) + ")"));
    }

    private static Portfolio answer(Groups g, int[] state, long nodes, boolean optimal) {
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
        return new Portfolio(chosen, totalCost, totalScore, optimal, leftOut, nodes);
    }

    /** The branch and bound over the items still free after {@link Groups}. */
    static final class Search {

        private final Groups g;
        private final long nodeLimit;
        private final int[] state;
        /** Free items by decreasing score per UAH. */
        private int[] order;
        /** For each constrained district, its single-district free items in {@link #order}. */
        private int[][] byDistrict;
        /** The pieces of the free items (see {@link #bound()}) by decreasing score per UAH, and per district. */
        private int[] pieces;
        private int[][] piecesByDistrict;
        private int[] pieceItem;
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

        Search(Groups g, long nodeLimit) {
            this.g = g;
            this.nodeLimit = nodeLimit;
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
            }
            // A short first search finds better answers; with them the reduction fixes more, then the full search.
            for (long limit : new long[] {Math.min(100_000, nodeLimit), nodeLimit}) {
                reduce();
                index();
                aborted = false;
                stopAt = nodes + limit;
                dfs(0);
                if (!aborted) {
                    return;
                }
            }
        }

        private void record(int[] chosen) {
            double v = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] == Groups.IN) {
                    v += g.score[i];
                }
            }
            bestValue = v;
            best = chosen.clone();
            for (int i = 0; i < best.length; i++) {
                if (best[i] == Groups.FREE) {
                    best[i] = Groups.OUT;
                }
            }
        }

        /** Greedy by score per UAH, district minimums first; null when it meets no feasible set. */
        int[] greedy() {
            int[] s = state.clone();
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
            if (++nodes > stopAt) {
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
         * value stays an upper bound.
         */
        double bound() {
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
