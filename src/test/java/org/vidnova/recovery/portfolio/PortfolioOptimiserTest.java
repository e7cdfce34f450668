package org.vidnova.recovery.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The optimiser against brute force on random small instances, and the constraints one by one. */
class PortfolioOptimiserTest {

    static final String[] DISTRICTS = {"A", "B", "C"};

    private final PortfolioOptimiser optimiser = new PortfolioOptimiser();

    /** For city-sized instances: time enough to prove the optimum even on a loaded machine. */
    private final PortfolioOptimiser exact = new PortfolioOptimiser(Duration.ofMinutes(2));

    /** Every subset, checked against every constraint: the best total score, or null when none is feasible. */
    static Double bruteForce(List<Candidate> cs, Constraints k) {
        Double best = null;
        for (int mask = 0; mask < 1 << cs.size(); mask++) {
            Set<String> in = new HashSet<>();
            for (int c = 0; c < cs.size(); c++) {
                if ((mask & 1 << c) != 0) {
                    in.add(cs.get(c).id());
                }
            }
            if (feasible(cs, k, in)) {
                double score = cs.stream().filter(c -> in.contains(c.id())).mapToDouble(Candidate::score).sum();
                best = best == null ? score : Math.max(best, score);
            }
        }
        return best;
    }

    static boolean feasible(List<Candidate> cs, Constraints k, Set<String> in) {
        long cost = 0;
        Map<String, Long> byDistrict = new HashMap<>();
        for (Candidate c : cs) {
            if (in.contains(c.id())) {
                if (!c.startable() || k.pinnedOut().contains(c.id())) {
                    return false;
                }
                cost += c.cost();
                if (c.district() != null) {
                    byDistrict.merge(c.district(), c.cost(), Long::sum);
                }
            }
        }
        if (cost > k.budget() || !in.containsAll(k.pinnedIn())) {
            return false;
        }
        for (var share : k.minShareByDistrict().entrySet()) {
            if (byDistrict.getOrDefault(share.getKey(), 0L) < Math.ceil(share.getValue() * k.budget() - 1e-6)) {
                return false;
            }
        }
        for (List<String> group : k.together()) {
            long inside = group.stream().filter(in::contains).count();
            if (inside != 0 && inside != group.size()) {
                return false;
            }
        }
        for (List<String> pair : k.exclusive()) {
            if (pair.stream().filter(in::contains).count() > 1) {
                return false;
            }
        }
        return true;
    }

    static List<Candidate> randomCandidates(Random r, int n) {
        List<Candidate> cs = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            cs.add(new Candidate("p" + c, 1 + r.nextInt(100), r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(200),
                    r.nextInt(5) == 0 ? null : DISTRICTS[r.nextInt(DISTRICTS.length)], r.nextInt(8) != 0));
        }
        return cs;
    }

    static Constraints randomConstraints(Random r, List<Candidate> cs) {
        long budget = 50 + r.nextInt(400);
        Map<String, Double> shares = new HashMap<>();
        if (r.nextBoolean()) {
            shares.put("A", r.nextInt(30) / 100.0);
        }
        if (r.nextInt(3) == 0) {
            shares.put("B", r.nextInt(30) / 100.0);
        }
        Set<String> pinnedIn = new HashSet<>();
        Set<String> pinnedOut = new HashSet<>();
        if (r.nextInt(3) == 0) {
            pinnedIn.add(cs.get(r.nextInt(cs.size())).id());
        }
        if (r.nextInt(3) == 0) {
            pinnedOut.add(cs.get(r.nextInt(cs.size())).id());
        }
        pinnedIn.removeAll(pinnedOut);
        List<List<String>> together = new ArrayList<>();
        List<List<String>> exclusive = new ArrayList<>();
        for (int t = r.nextInt(3); t > 0; t--) {
            together.add(List.of(cs.get(r.nextInt(cs.size())).id(), cs.get(r.nextInt(cs.size())).id()));
        }
        for (int t = r.nextInt(3); t > 0; t--) {
            String a = cs.get(r.nextInt(cs.size())).id();
            String b = cs.get(r.nextInt(cs.size())).id();
            if (!a.equals(b)) {
                exclusive.add(List.of(a, b));
            }
        }
        return new Constraints(budget, shares, pinnedIn, pinnedOut, together, exclusive);
    }

    @RepeatedTest(400)
    void findsTheBruteForceOptimumOrReportsNoFeasibleSet(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition() * 7919L);
        List<Candidate> cs = randomCandidates(r, 4 + r.nextInt(11));
        assertSameAsBruteForce(cs, randomConstraints(r, cs));
    }

    /** The optimiser's answer against every subset: the optimum, honouring every constraint, or infeasible. */
    private void assertSameAsBruteForce(List<Candidate> cs, Constraints k) {
        Double expected = bruteForce(cs, k);
        if (expected == null) {
            assertThatThrownBy(() -> optimiser.solve(cs, k)).isInstanceOf(InfeasiblePortfolio.class);
            return;
        }
        Portfolio p = optimiser.solve(cs, k);
        assertThat(p.optimal()).isTrue();
        assertThat(p.totalScore()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.bound()).isEqualTo(p.totalScore());
        assertThat(feasible(cs, k, new HashSet<>(p.chosen()))).as("the chosen set honours every constraint").isTrue();
        assertThat(p.chosen().size() + p.leftOut().size()).isEqualTo(cs.size());
        long cost = cs.stream().filter(c -> p.chosen().contains(c.id())).mapToLong(Candidate::cost).sum();
        assertThat(p.totalCost()).isEqualTo(cost);
        try {
            assertThat(optimiser.greedy(cs, k).totalScore()).isLessThanOrEqualTo(p.totalScore() + 1e-6);
        } catch (InfeasiblePortfolio greedyFoundNone) {
            // Greedy may miss every feasible set; the optimiser did not.
        }
        // The bound that prunes the search is never below the optimum (else the search could miss it).
        var root = new PortfolioOptimiser.Search(new Groups(cs, k), 0, Long.MAX_VALUE);
        assertThat(root.bound()).isGreaterThanOrEqualTo(expected - 1e-6);
    }

    /** Denser constraints than {@link #randomConstraints}: several exclusions and groups, two or three minimums. */
    static Constraints crowdedConstraints(Random r, List<Candidate> cs) {
        long total = cs.stream().mapToLong(Candidate::cost).sum();
        long budget = total / 4 + r.nextInt((int) Math.max(1, total / 2));
        Map<String, Double> shares = new HashMap<>();
        for (String d : DISTRICTS) {
            if (r.nextInt(4) != 0) {
                shares.put(d, r.nextInt(25) / 100.0);
            }
        }
        List<List<String>> together = new ArrayList<>();
        List<List<String>> exclusive = new ArrayList<>();
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
            together.add(List.of(cs.get(r.nextInt(cs.size())).id(), cs.get(r.nextInt(cs.size())).id()));
        }
        for (int t = 2 + r.nextInt(5); t > 0; t--) {
            String a = cs.get(r.nextInt(cs.size())).id();
            String b = cs.get(r.nextInt(cs.size())).id();
            if (!a.equals(b)) {
                exclusive.add(r.nextInt(4) == 0 ? List.of(a, b, cs.get(r.nextInt(cs.size())).id()) : List.of(a, b));
            }
        }
        exclusive.removeIf(group -> group.stream().distinct().count() < group.size());
        return new Constraints(budget, shares, null, null, together, exclusive);
    }

    @RepeatedTest(400)
    void findsTheOptimumUnderManyExclusionsGroupsAndMinimums(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition() * 104729L);
        List<Candidate> cs = randomCandidates(r, 6 + r.nextInt(9));
        assertSameAsBruteForce(cs, crowdedConstraints(r, cs));
    }

    @RepeatedTest(100)
    void atTheTimeLimitReturnsAFeasibleSetAndABoundOnTheOptimum(RepetitionInfo repetition) {
        Random r = new Random(repetition.getCurrentRepetition() * 15485863L);
        List<Candidate> cs = randomCandidates(r, 8 + r.nextInt(7));
        Constraints k = crowdedConstraints(r, cs);
        Double expected = bruteForce(cs, k);
        if (expected == null) {
            return;
        }
        Portfolio p;
        try {
            p = new PortfolioOptimiser(Duration.ZERO).solve(cs, k);
        } catch (InfeasiblePortfolio noneFoundInTime) {
            assertThat(noneFoundInTime).hasMessageContaining("time limit");
            return;
        }
        assertThat(feasible(cs, k, new HashSet<>(p.chosen()))).isTrue();
        assertThat(p.totalScore()).isLessThanOrEqualTo(expected + 1e-6);
        if (!p.optimal()) {
            assertThat(p.bound()).isGreaterThanOrEqualTo(expected - 1e-6);
        } else {
            assertThat(p.totalScore()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void stoppedAtItsTimeLimitStatesHowFarFromTheOptimumItMayBe() {
        var instance = PortfolioInstances.city(5000, 1);
        Portfolio proven = exact.solve(instance.candidates(), instance.constraints());
        Portfolio hurried = new PortfolioOptimiser(Duration.ZERO).solve(instance.candidates(), instance.constraints());
        assertThat(proven.optimal()).isTrue();
        assertThat(hurried.optimal()).isFalse();
        assertThat(feasible(instance.candidates(), instance.constraints(), new HashSet<>(hurried.chosen()))).isTrue();
        assertThat(hurried.totalScore()).isLessThanOrEqualTo(proven.totalScore());
        assertThat(hurried.bound()).isGreaterThanOrEqualTo(proven.totalScore());
    }

    @Test
    void choosesTheFarGreaterOfTwoProjectsThatExcludeEachOther() {
        // Greedy takes "small" (the better score per UAH) and so cannot take "large", which scores far more.
        List<Candidate> cs = new ArrayList<>(List.of(new Candidate("small", 10, 40, "A", true),
                new Candidate("large", 100, 300, "A", true)));
        for (int c = 0; c < 10; c++) {
            cs.add(new Candidate("f" + c, 10, 20, "B", true));
        }
        Constraints k = new Constraints(200, Map.of("A", 0.05), null, null, null, List.of(List.of("small", "large")));
        Portfolio p = optimiser.solve(cs, k);
        assertThat(p.chosen()).contains("large").doesNotContain("small");
        assertThat(p.totalScore()).isEqualTo(300 + 10 * 20).isEqualTo(bruteForce(cs, k));
        assertThat(optimiser.greedy(cs, k).totalScore()).isEqualTo(40 + 10 * 20);
    }

    @Test
    void beatsGreedyWhereGreedyIsWrong() {
        // Greedy takes the best ratio (a) and cannot fit b or c; b and c together fill the budget and score more.
        List<Candidate> cs = List.of(new Candidate("a", 60, 61, "A", true), new Candidate("b", 50, 50, "A", true),
                new Candidate("c", 50, 50, "B", true));
        Portfolio p = optimiser.solve(cs, Constraints.budget(100));
        assertThat(p.chosen()).containsExactly("b", "c");
        assertThat(p.totalScore()).isEqualTo(100);
        assertThat(optimiser.greedy(cs, Constraints.budget(100)).chosen()).containsExactly("a");
        assertThat(p.leftOut()).containsExactly(new Portfolio.LeftOut("a", "over budget"));
    }

    @Test
    void explainsWhatIsLeftOut() {
        List<Candidate> cs = List.of(new Candidate("h", 10, 500, "A", false), new Candidate("x", 10, 100, "A", true),
                new Candidate("y", 10, 90, "A", true), new Candidate("p", 10, 80, "A", true),
                new Candidate("g1", 10, 70, "B", true), new Candidate("g2", 10, 0, "B", true),
                new Candidate("big", 1000, 1000, "B", true));
        Constraints k = new Constraints(100, Map.of(), Set.of(), Set.of("p"), List.of(List.of("g1", "g2")),
                List.of(List.of("x", "y")));
        Portfolio p = optimiser.solve(cs, k);
        assertThat(p.chosen()).containsExactly("x", "g1", "g2");
        assertThat(p.leftOut()).containsExactly(new Portfolio.LeftOut("h", "needs heritage approval"),
                new Portfolio.LeftOut("y", "excluded by x"), new Portfolio.LeftOut("p", "pinned out"),
                new Portfolio.LeftOut("big", "over budget"));
    }

    @Test
    void honoursDistrictMinimumsAndPins() {
        List<Candidate> cs = List.of(new Candidate("a1", 50, 100, "A", true), new Candidate("a2", 50, 90, "A", true),
                new Candidate("b1", 40, 10, "B", true), new Candidate("c1", 10, 1, "C", true));
        Portfolio free = optimiser.solve(cs, Constraints.budget(100));
        assertThat(free.chosen()).containsExactly("a1", "a2");
        Portfolio withShare = optimiser.solve(cs, new Constraints(100, Map.of("B", 0.4), null, null, null, null));
        assertThat(withShare.chosen()).containsExactly("a1", "b1", "c1");
        Portfolio pinned = optimiser.solve(cs, new Constraints(100, null, Set.of("c1"), null, null, null));
        assertThat(pinned.chosen()).contains("c1").hasSize(3);
    }

    @Test
    void reportsWhichConstraintIsInfeasible() {
        List<Candidate> cs = List.of(new Candidate("a", 50, 100, "A", true), new Candidate("b", 60, 10, "B", false));
        assertThatThrownBy(() -> optimiser.solve(cs, new Constraints(100, Map.of("A", 0.6), null, null, null, null)))
                .isInstanceOf(InfeasiblePortfolio.class).hasMessageContaining("district A")
                .extracting("field").isEqualTo("minShareByDistrict.A");
        assertThatThrownBy(() -> optimiser.solve(cs, new Constraints(100, Map.of("A", 0.6, "B", 0.6), null, null,
                null, null))).hasMessageContaining("more than the whole budget");
        assertThatThrownBy(() -> optimiser.solve(cs, new Constraints(100, null, Set.of("b"), null, null, null)))
                .hasMessageContaining("b is pinned in but needs heritage approval");
        assertThatThrownBy(() -> optimiser.solve(cs, new Constraints(40, null, Set.of("a"), null, null, null)))
                .hasMessageContaining("more than the budget").extracting("field").isEqualTo("pinnedIn");
        assertThatThrownBy(() -> optimiser.solve(cs, new Constraints(100, null, Set.of("zz"), null, null, null)))
                .hasMessageContaining("zz, which is not a candidate");
    }

    @Test
    void solvesFiveThousandCandidatesWithDistrictMinimumsOptimally() {
        var instance = PortfolioInstances.city(5000, 42);
        long start = System.nanoTime();
        Portfolio p = exact.solve(instance.candidates(), instance.constraints());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(p.optimal()).isTrue();
        Portfolio greedy = optimiser.greedy(instance.candidates(), instance.constraints());
        assertThat(p.totalScore()).isGreaterThanOrEqualTo(greedy.totalScore());
        System.out.printf("5000 candidates: %d ms, %d nodes, score %.1f vs greedy %.1f%n", millis, p.nodes(),
                p.totalScore(), greedy.totalScore());
    }
}
