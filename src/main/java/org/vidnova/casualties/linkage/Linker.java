package org.vidnova.casualties.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One linkage run over any {@link LinkageInput}: blocking, comparison, Fellegi–Sunter weights learned by EM,
 * reviewers' verdicts applied, clustering into persons.
 */
public final class Linker {

    private Linker() {
    }

    public static LinkageResult run(LinkageInput input, LinkageSettings settings, List<PairDecision> decisions) {
        long started = System.nanoTime();
        CandidatePairs candidates = CandidatePairs.of(input, settings);
        long[] pairs = candidates.pairs();
        int[] patterns = AgreementPatterns.of(input, pairs);
        int[] randomPatterns = AgreementPatterns.of(input, RandomPairs.sample(input, settings, settings.randomPairs()));
        List<int[]> samples = candidates.samples().stream().map(s -> AgreementPatterns.of(input, s)).toList();
        FellegiSunter model = FellegiSunter.estimate(input.comparisons(), input.blockingKeys(), samples,
                randomPatterns, patterns, allPairs(input, settings));
        Map<Integer, Double> byPattern = new HashMap<>();
        Map<Long, Verdict> decided = new HashMap<>();
        for (PairDecision d : decisions) {
            decided.put(CandidatePairs.pair(d.first(), d.second()), d.verdict());
        }
        List<Long> links = new ArrayList<>();
        List<ReviewPair> reviews = new ArrayList<>();
        double[] probability = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            probability[p] = byPattern.computeIfAbsent(patterns[p], model::probability);
            Verdict verdict = decided.get(pairs[p]);
            if (verdict != null) {
                continue;
            }
            if (probability[p] >= settings.match()) {
                links.add((long) p);
            } else if (probability[p] >= settings.review()) {
                reviews.add(new ReviewPair(CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p]),
                        probability[p], false));
            }
        }
        long matches = links.size() + decisions.stream().filter(d -> d.verdict() == Verdict.SAME).count();
        long[] ordered = links.stream().sorted(Comparator.comparingDouble((Long p) -> -probability[p.intValue()]))
                .mapToLong(p -> pairs[p.intValue()]).toArray();
        List<Long> refused = new ArrayList<>();
        int[] person = new Clustering(input, settings).persons(ordered, decisions, refused);
        Map<Long, Double> probabilityOf = new HashMap<>();
        for (long link : refused) {
            probabilityOf.put(link, probability[Arrays.binarySearch(pairs, link)]);
        }
        for (long link : refused) {
            reviews.add(new ReviewPair(CandidatePairs.first(link), CandidatePairs.second(link),
                    probabilityOf.get(link), true));
        }
        reviews.sort(Comparator.comparingDouble(ReviewPair::probability).reversed());
        int persons = Arrays.stream(person).max().orElse(-1) + 1;
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new LinkageResult(new LinkageCounts(input.size(), pairs.length, matches, reviews.size(), persons, millis),
                person, List.copyOf(reviews), model);
    }

    /** The pairs a run without blocking would compare: all, or only those across lists. */
    static double allPairs(LinkageInput input, LinkageSettings settings) {
        double n = input.size();
        double all = n * (n - 1) / 2;
        if (!settings.acrossListsOnly()) {
            return all;
        }
        Map<Integer, Integer> perList = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            perList.merge(input.list(i), 1, Integer::sum);
        }
        for (int size : perList.values()) {
            all -= (double) size * (size - 1) / 2;
        }
        return all;
    }
}
