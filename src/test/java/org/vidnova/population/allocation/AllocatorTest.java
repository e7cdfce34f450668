package org.vidnova.population.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vidnova.bench.AllocationData;

/** The allocator on its own: whole households, capacity, priority order, accessibility, explanations, quality. */
class AllocatorTest {

    static final AllocationRule RULE = AllocationRule.defaults();

    @Test
    void aHouseholdIsNeverSplitAndNoSiteTakesMoreThanItsFreePlaces() {
        Random random = new Random(7);
        List<AllocationHousehold> households = households(random, 2_000, 5);
        List<AllocationSite> sites = sites(random, 40, 5, 60);
        AllocationResult result = Allocator.allocate(households, sites, RULE);

        Map<Long, Integer> sizeOf = new HashMap<>();
        households.forEach(h -> sizeOf.put(h.id(), h.size()));
        Map<Long, Integer> filled = new HashMap<>();
        List<Long> seen = new ArrayList<>();
        result.placements().forEach(p -> {
            filled.merge(p.siteId(), sizeOf.get(p.householdId()), Integer::sum);
            seen.add(p.householdId());
        });
        result.waiting().forEach(w -> seen.add(w.householdId()));
        // Every household once: placed whole in one site, or waiting.
        assertThat(seen).doesNotHaveDuplicates().hasSize(households.size());
        for (AllocationSite s : sites) {
            assertThat(filled.getOrDefault(s.id(), 0)).as("site %d", s.id()).isLessThanOrEqualTo(s.free());
        }
        // Demand far beyond supply: some wait, and every one waiting fits in no site left with room for it.
        assertThat(result.waiting()).isNotEmpty();
        Map<Long, Integer> left = new HashMap<>();
        sites.forEach(s -> left.put(s.id(), s.free() - filled.getOrDefault(s.id(), 0)));
        for (AllocationResult.Unplaced w : result.waiting()) {
            AllocationHousehold h = households.stream().filter(x -> x.id() == w.householdId()).findFirst()
                    .orElseThrow();
            assertThat(sites.stream().filter(s -> RULE.allowed(h, s)).mapToInt(s -> left.get(s.id())).max()
                    .orElse(0)).isLessThan(h.size());
        }
    }

    @Test
    void higherPriorityHouseholdsArePlacedFirstAndNearHomeWhenThereIsRoom() {
        AllocationHousehold longWait = new AllocationHousehold(1, 2, 0, 0, 0, "A", 90);
        AllocationHousehold children = new AllocationHousehold(2, 3, 2, 0, 0, "B", 10);
        AllocationHousehold recent = new AllocationHousehold(3, 2, 0, 0, 0, "A", 1);
        List<AllocationSite> sites = List.of(new AllocationSite(10, "A", 2, false),
                new AllocationSite(20, "B", 3, false));
        AllocationResult result = Allocator.allocate(List.of(recent, longWait, children), sites, RULE);

        // Priorities: children 3 + 4 + 0.33 = 7.33; long wait 2 + 0 + 3 = 5; recent 2 + 0 + 0.03.
        assertThat(result.placements()).extracting(PlacementProposal::householdId).containsExactly(2L, 1L);
        assertThat(result.placements()).extracting(PlacementProposal::siteId).containsExactly(20L, 10L);
        assertThat(result.waiting()).singleElement().satisfies(w -> {
            assertThat(w.householdId()).isEqualTo(3);
            assertThat(w.rank()).isEqualTo(3);
            assertThat(w.why()).contains("never split");
        });
        PlacementProposal first = result.placements().get(0);
        assertThat(first.terms()).containsEntry("people", 3.0).containsEntry("vulnerable", 4.0)
                .containsEntry("nearHome", 3.0);
        assertThat(first.score()).isCloseTo(first.terms().values().stream().mapToDouble(Double::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.why()).contains("home district");
        assertThat(result.total()).isCloseTo(result.placements().stream().mapToDouble(PlacementProposal::score)
                .sum(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aHouseholdWithAPersonWithDisabilitiesGoesOnlyToAnAccessibleSiteWhenTheRuleSaysSo() {
        AllocationHousehold h = new AllocationHousehold(1, 2, 0, 0, 1, "A", 5);
        List<AllocationSite> inaccessible = List.of(new AllocationSite(10, "A", 5, false));
        AllocationResult none = Allocator.allocate(List.of(h), inaccessible, RULE);
        assertThat(none.placements()).isEmpty();
        assertThat(none.waiting().get(0).why()).contains("accessible");

        AllocationResult elsewhere = Allocator.allocate(List.of(h), List.of(inaccessible.get(0),
                new AllocationSite(20, "B", 5, true)), RULE);
        assertThat(elsewhere.placements()).singleElement().satisfies(p -> {
            assertThat(p.siteId()).isEqualTo(20);
            assertThat(p.why()).contains("accessible").contains("no allowed site in the home district");
        });

        AllocationRule lenient = new AllocationRule(1, 2, 1, 3, false);
        assertThat(Allocator.allocate(List.of(h), inaccessible, lenient).placements()).hasSize(1);
    }

    @Test
    void bestFitLeavesTheLargerGapForALargerFamily() {
        AllocationHousehold pair = new AllocationHousehold(1, 2, 0, 0, 0, "X", 300);
        AllocationHousehold family = new AllocationHousehold(2, 6, 0, 0, 0, "X", 0);
        List<AllocationSite> sites = List.of(new AllocationSite(10, "Y", 6, false), new AllocationSite(20, "Z", 2,
                false));
        // The pair (priority 2 + 10) is placed before the family (6): in the 2-place site, so the family still fits.
        AllocationResult result = Allocator.allocate(List.of(pair, family), sites, RULE);
        assertThat(result.placements()).hasSize(2);
        assertThat(result.placements()).filteredOn(p -> p.householdId() == 1).singleElement()
                .extracting(PlacementProposal::siteId).isEqualTo(20L);
    }

    @Test
    void theExactSolverAgreesWithEveryAssignmentTriedOnTinyCases() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            List<AllocationHousehold> households = households(random, 7, 3);
            List<AllocationSite> sites = sites(random, 3, 1, 6);
            assertThat(ExactAllocation.best(households, sites, RULE))
                    .isCloseTo(bruteForce(households, sites, 0, new int[] {sites.get(0).free(), sites.get(1).free(),
                            sites.get(2).free()}), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theGreedyTotalStaysCloseToTheBestAchievable() {
        Random random = new Random(11);
        double worst = 1;
        double sum = 0;
        int cases = 40;
        for (int round = 0; round < cases; round++) {
            List<AllocationHousehold> households = households(random, 30, 3);
            List<AllocationSite> sites = sites(random, 5, 4, 12);
            double best = ExactAllocation.best(households, sites, RULE);
            double greedy = Allocator.allocate(households, sites, RULE).total();
            assertThat(greedy).isLessThanOrEqualTo(best + 1e-9);
            worst = Math.min(worst, greedy / best);
            sum += greedy / best;
        }
        assertThat(sum / cases).isGreaterThan(0.9);
        assertThat(worst).isGreaterThan(0.8);
    }

    private static double bruteForce(List<AllocationHousehold> households, List<AllocationSite> sites, int i,
            int[] free) {
        if (i == households.size()) {
            return 0;
        }
        AllocationHousehold h = households.get(i);
        double best = bruteForce(households, sites, i + 1, free);
        for (int s = 0; s < sites.size(); s++) {
            if (free[s] >= h.size() && RULE.allowed(h, sites.get(s))) {
                free[s] -= h.size();
                best = Math.max(best, RULE.score(h, sites.get(s)) + bruteForce(households, sites, i + 1, free));
                free[s] += h.size();
            }
        }
        return best;
    }

    private static List<AllocationHousehold> households(Random random, int count, int largest) {
        return AllocationData.households(random, count, largest);
    }

    private static List<AllocationSite> sites(Random random, int count, int fewest, int most) {
        return AllocationData.sites(random, count, fewest, most);
    }
}
