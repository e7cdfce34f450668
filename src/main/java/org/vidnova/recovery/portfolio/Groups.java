package org.vidnova.recovery.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidates as the search sees them: projects that must go together merged into one item (union-find), with
 * what is decided before any search (pinned, missing heritage approval, over the whole budget, excluded by a
 * pinned project) and the reason, and the exclusions between the remaining items. Throws
 * {@link InfeasiblePortfolio} when the constraints contradict each other on their face.
 */
final class Groups {

    static final int FREE = -1;
    static final int OUT = 0;
    static final int IN = 1;

    final List<Candidate> candidates;
    final Constraints constraints;
    final Map<String, Integer> index = new HashMap<>();
    /** The item of each candidate. */
    final int[] itemOf;
    /** The candidates of each item, in input order. */
    final List<List<Integer>> members = new ArrayList<>();
    final long[] cost;
    final double[] score;
    /** Cost of each item in each constrained district (index into {@link #districts}). */
    final Map<Integer, long[]> spendByItem = new HashMap<>();
    final String[] districts;
    final long[] minSpend;
    final int[] state;
    final String[] reason;
    final List<Set<Integer>> conflicts = new ArrayList<>();

    Groups(List<Candidate> candidates, Constraints constraints) {
        this.candidates = candidates;
        this.constraints = constraints;
        if (constraints.budget() < 0) {
            throw new InfeasiblePortfolio("budget", "must not be negative");
        }
        for (int c = 0; c < candidates.size(); c++) {
            if (index.put(candidates.get(c).id(), c) != null) {
                throw new IllegalArgumentException("candidate " + candidates.get(c).id() + " is given twice");
            }
        }
        known("pinnedIn", constraints.pinnedIn());
        known("pinnedOut", constraints.pinnedOut());
        constraints.together().forEach(g -> known("together", g));
        constraints.exclusive().forEach(g -> known("exclusive", g));
        for (String id : constraints.pinnedIn()) {
            if (constraints.pinnedOut().contains(id)) {
                throw new InfeasiblePortfolio("pinnedIn", "project " + id + " is pinned both in and out");
            }
        }

        int[] parent = new int[candidates.size()];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
        }
        for (List<String> group : constraints.together()) {
            for (int k = 1; k < group.size(); k++) {
                parent[find(parent, index.get(group.get(k)))] = find(parent, index.get(group.get(0)));
            }
        }
        itemOf = new int[candidates.size()];
        Map<Integer, Integer> itemOfRoot = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            int item = itemOfRoot.computeIfAbsent(find(parent, c), r -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
            });
            itemOf[c] = item;
            members.get(item).add(c);
        }
        int n = members.size();
        cost = new long[n];
        score = new double[n];
        state = new int[n];
        reason = new String[n];
        java.util.Arrays.fill(state, FREE);
        for (int i = 0; i < n; i++) {
            conflicts.add(new java.util.HashSet<>());
            for (int c : members.get(i)) {
                cost[i] = Math.addExact(cost[i], candidates.get(c).cost());
                score[i] += candidates.get(c).score();
            }
        }

        TreeMap<String, Double> shares = new TreeMap<>(constraints.minShareByDistrict());
        double total = 0;
        for (var share : shares.entrySet()) {
            if (share.getValue() == null || !(share.getValue() >= 0 && share.getValue() <= 1)) {
                throw new InfeasiblePortfolio("minShareByDistrict." + share.getKey(), "must be a fraction from 0 to 1");
            }
            total += share.getValue();
        }
        if (total > 1 + 1e-9) {
            throw new InfeasiblePortfolio("minShareByDistrict", "the minimum shares add up to more than the whole "
                    + "budget (" + Math.round(total * 100) + "%)");
        }
        districts = shares.keySet().toArray(String[]::new);
        minSpend = new long[districts.length];
        for (int k = 0; k < districts.length; k++) {
            minSpend[k] = (long) Math.ceil(shares.get(districts[k]) * constraints.budget() - 1e-6);
        }
        for (int i = 0; i < n; i++) {
            long[] spend = new long[districts.length];
            boolean any = false;
            for (int c : members.get(i)) {
                int k = java.util.Arrays.binarySearch(districts, String.valueOf(candidates.get(c).district()));
                if (candidates.get(c).district() != null && k >= 0) {
                    spend[k] += candidates.get(c).cost();
                    any = true;
                }
            }
            if (any) {
                spendByItem.put(i, spend);
            }
        }
        decideBeforeSearch();
    }

    private void known(String field, java.util.Collection<String> ids) {
        for (String id : ids) {
            if (!index.containsKey(id)) {
                throw new InfeasiblePortfolio(field, "names project " + id + ", which is not a candidate");
            }
        }
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private void decideBeforeSearch() {
        boolean[] pinned = new boolean[members.size()];
        for (String id : constraints.pinnedIn()) {
            pinned[itemOf[index.get(id)]] = true;
        }
        for (int c = 0; c < candidates.size(); c++) {
            Candidate p = candidates.get(c);
            String why = constraints.pinnedOut().contains(p.id()) ? "pinned out"
                    : !p.startable() ? "needs heritage approval" : null;
            if (why != null) {
                leaveOut(itemOf[c], c, why, pinned);
            }
        }
        for (List<String> pair : constraints.exclusive()) {
            for (int a = 0; a < pair.size(); a++) {
                for (int b = a + 1; b < pair.size(); b++) {
                    int ca = index.get(pair.get(a));
                    int cb = index.get(pair.get(b));
                    int ia = itemOf[ca];
                    int ib = itemOf[cb];
                    if (ia == ib) {
                        leaveOut(ia, ca, "excluded by " + pair.get(b) + ", with which it must go", pinned);
                    } else {
                        conflicts.get(ia).add(ib);
                        conflicts.get(ib).add(ia);
                    }
                }
            }
        }
        long pinnedCost = 0;
        for (int i = 0; i < members.size(); i++) {
            if (pinned[i] && state[i] == FREE) {
                for (int j : conflicts.get(i)) {
                    if (pinned[j]) {
                        throw new InfeasiblePortfolio("pinnedIn", "projects " + first(i) + " and " + first(j)
                                + " are pinned in but exclude each other");
                    }
                }
                state[i] = IN;
                pinnedCost += cost[i];
            }
        }
        if (pinnedCost > constraints.budget()) {
            throw new InfeasiblePortfolio("pinnedIn", "the pinned-in projects cost " + pinnedCost
                    + " UAH, more than the budget of " + constraints.budget());
        }
        for (int i = 0; i < members.size(); i++) {
            if (state[i] == IN) {
                for (int j : conflicts.get(i)) {
                    if (state[j] == FREE) {
                        state[j] = OUT;
                        reason[j] = "excluded by " + first(i);
                    }
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            if (state[i] == FREE && cost[i] > constraints.budget() - pinnedCost) {
                state[i] = OUT;
                reason[i] = "over budget";
            }
        }
        for (int k = 0; k < districts.length; k++) {
            long reachable = 0;
            for (var e : spendByItem.entrySet()) {
                if (state[e.getKey()] != OUT) {
                    reachable += e.getValue()[k];
                }
            }
            if (reachable < minSpend[k]) {
                throw new InfeasiblePortfolio("minShareByDistrict." + districts[k], "the projects that may be "
                        + "chosen in district " + districts[k] + " cost " + reachable + " UAH in all, less than its "
                        + "minimum share of " + minSpend[k] + " UAH");
            }
        }
    }

    /** Leaves item {@code i} out because of candidate {@code c}; the others of its group go with it. */
    private void leaveOut(int i, int c, String why, boolean[] pinned) {
        String id = candidates.get(c).id();
        if (pinned[i]) {
            throw new InfeasiblePortfolio("pinnedIn", members.get(i).size() == 1 && constraints.pinnedIn().contains(id)
                    ? "project " + id + " is pinned in but " + why
                    : "a pinned-in project goes with " + id + ", which " + why);
        }
        if (state[i] == FREE) {
            state[i] = OUT;
            reason[i] = members.get(i).size() == 1 ? why : "goes with " + id + ": " + why;
        }
    }

    String first(int item) {
        return candidates.get(members.get(item).get(0)).id();
    }

    /** The reason of a candidate left out by the search itself. */
    String reasonAfterSearch(int i, int[] chosen, long left) {
        if (reason[i] != null) {
            return reason[i];
        }
        for (int j : conflicts.get(i)) {
            if (chosen[j] == IN) {
                return "excluded by " + first(j);
            }
        }
        if (cost[i] > left) {
            return "over budget";
        }
        return score[i] == 0 ? "adds no score" : "left out for a greater total score";
    }
}
