package org.vidnova.population.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places waiting households into free places by the {@link AllocationRule}: households in priority order (ties: the
 * longer wait, then the smaller id), each in the allowed site with room for the whole household that has the highest
 * site term. Among equal terms (typically: no room at home), a site in a district with free places for all its own
 * households still to come before one short of them (the fewer short, the better), so that a family placed away
 * from home does not take the places of a later family from the site's district; then the site it fills most (best
 * fit, which leaves larger gaps for larger families). A household no site can take whole keeps waiting, and the next ones are
 * still tried. Greedy, so not always the best total: docs/benchmarks.md compares it with an exact solver;
 * O(households × sites) after a sort.
 */
public final class Allocator {

    private Allocator() {
    }

    public static AllocationResult allocate(List<AllocationHousehold> households, List<AllocationSite> sites,
            AllocationRule rule) {
        int n = households.size();
        double[] priority = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            priority[i] = rule.priority(households.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -priority[i])
                .thenComparingLong(i -> -households.get(i).waitingDays())
                .thenComparingLong(i -> households.get(i).id()));
        int m = sites.size();
        int[] free = new int[m];
        for (int s = 0; s < m; s++) {
            free[s] = Math.max(0, sites.get(s).free());
        }
        int largestFree = Arrays.stream(free).max().orElse(0);
        // Free places per district, and the people still to be tried whose home is there.
        Map<String, Integer> districtOf = new java.util.HashMap<>();
        int[] siteDistrict = new int[m];
        for (int s = 0; s < m; s++) {
            siteDistrict[s] = districtOf.computeIfAbsent(String.valueOf(sites.get(s).district()),
                    d -> districtOf.size());
        }
        boolean[] accessible = new boolean[m];
        boolean[] named = new boolean[m];
        for (int s = 0; s < m; s++) {
            accessible[s] = sites.get(s).accessible();
            named[s] = sites.get(s).district() != null;
        }
        long[] surplus = new long[districtOf.size()];
        for (int s = 0; s < m; s++) {
            surplus[siteDistrict[s]] += free[s];
        }
        int[] homeOf = new int[n];
        for (int i = 0; i < n; i++) {
            Integer d = districtOf.get(String.valueOf(households.get(i).homeDistrict()));
            homeOf[i] = d == null ? -1 : d;
            if (d != null) {
                surplus[d] -= households.get(i).size();
            }
        }
        List<PlacementProposal> placed = new ArrayList<>();
        List<AllocationResult.Unplaced> waiting = new ArrayList<>();
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            AllocationHousehold h = households.get(order[rank - 1]);
            if (homeOf[order[rank - 1]] >= 0) {
                surplus[homeOf[order[rank - 1]]] += h.size();
            }
            int best = -1;
            double bestTerm = 0;
            boolean anyRoom = false;
            int size = h.size();
            int home = homeOf[order[rank - 1]];
            boolean needsAccess = rule.accessibleForDisabilities() && h.disabled() > 0;
            if (size <= largestFree) {
                for (int s = 0; s < m; s++) {
                    if (free[s] < size) {
                        continue;
                    }
                    anyRoom = true;
                    if (needsAccess && !accessible[s]) {
                        continue;
                    }
                    double term = siteDistrict[s] == home && named[s] ? rule.nearHome() : 0;
                    if (best < 0 || term > bestTerm || (term == bestTerm && better(s, best, free, siteDistrict,
                            surplus))) {
                        best = s;
                        bestTerm = term;
                    }
                }
            }
            if (best < 0) {
                waiting.add(new AllocationResult.Unplaced(h.id(), rank, anyRoom
                        ? "no accessible site has " + h.size() + " free places"
                        : "no site has " + h.size() + " free places (a household is never split)"));
                continue;
            }
            AllocationSite site = sites.get(best);
            double score = priority[order[rank - 1]] + bestTerm;
            placed.add(new PlacementProposal(h.id(), site.id(), rank, score, terms(h, site, rule),
                    why(h, site, rule, bestTerm, free[best])));
            free[best] -= h.size();
            surplus[siteDistrict[best]] -= h.size();
            if (free[best] + h.size() == largestFree) {
                largestFree = Arrays.stream(free).max().orElse(0);
            }
            total += score;
        }
        return new AllocationResult(placed, waiting, total);
    }

    /**
     * Whether site {@code s} suits better than {@code best} for equal site terms: a district with free places for all
     * its own households still to come before one short of them, then best fit.
     */
    private static boolean better(int s, int best, int[] free, int[] siteDistrict, long[] surplus) {
        long a = Math.min(0, surplus[siteDistrict[s]]);
        long b = Math.min(0, surplus[siteDistrict[best]]);
        return a != b ? a > b : free[s] < free[best];
    }

    private static Map<String, Double> terms(AllocationHousehold h, AllocationSite s, AllocationRule rule) {
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("people", rule.people() * h.size());
        terms.put("vulnerable", rule.vulnerable() * h.vulnerable());
        terms.put("waiting", rule.waitingPer30Days() * h.waitingDays() / 30.0);
        terms.put("nearHome", rule.siteTerm(h, s));
        return terms;
    }

    private static String why(AllocationHousehold h, AllocationSite s, AllocationRule rule, double term, int free) {
        StringBuilder why = new StringBuilder();
        why.append(term > 0 ? "in the home district" : h.homeDistrict() == null ? "home district unknown"
                : "no allowed site in the home district had " + h.size() + " free places");
        if (rule.accessibleForDisabilities() && h.disabled() > 0) {
            why.append("; accessible, as the household has a person with disabilities");
        }
        why.append("; the fullest such site with room for all ").append(h.size()).append(" (").append(free)
                .append(" free before)");
        return why.toString();
    }
}
