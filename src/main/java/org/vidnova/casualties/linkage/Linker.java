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
        long blocked = System.nanoTime();
        long[] pairs = candidates.pairs();
        int[] patterns = AgreementPatterns.of(input, pairs);
        long compared = System.nanoTime();
        int[] randomPatterns = AgreementPatterns.of(input, RandomPairs.sample(input, settings, settings.randomPairs()));
        List<int[]> samples = candidates.samples().stream().map(s -> AgreementPatterns.of(input, s)).toList();
        FellegiSunter model = FellegiSunter.estimate(input.comparisons(), input.blockingKeys(), samples,
                randomPatterns, patterns, allPairs(input, settings));
        long learned = System.nanoTime();
        Map<Long, Verdict> decided = new HashMap<>();
        for (PairDecision d : decisions) {
            decided.put(CandidatePairs.pair(d.first(), d.second()), d.verdict());
        }
        Scored scored = new Scored(model, patterns);
        // matches ordered strongest first, packed as (rank of the pattern's probability, pair index) in one long
        long[] linkOrder = new long[pairs.length];
        int links = 0;
        List<ReviewPair> reviews = new ArrayList<>();
        for (int p = 0; p < pairs.length; p++) {
            int pattern = scored.index(patterns[p]);
            double probability = scored.probability[pattern];
            if (probability < settings.review() || decided.containsKey(pairs[p])) {
                continue;
            }
            if (probability >= settings.match()) {
                linkOrder[links++] = ((long) scored.rank[pattern] << 32) | p;
            } else {
                reviews.add(new ReviewPair(CandidatePairs.first(pairs[p]), CandidatePairs.second(pairs[p]),
                        probability, false));
            }
        }
        Arrays.parallelSort(linkOrder, 0, links);
        long[] ordered = new long[links];
        for (int i = 0; i < links; i++) {
            ordered[i] = pairs[(int) linkOrder[i]];
        }
        long matches = links + decisions.stream().filter(d -> d.verdict() == Verdict.SAME).count();
        List<Long> refused = new ArrayList<>();
        int[] person = new Clustering(input, settings).persons(ordered, decisions, refused);
        for (long link : refused) {
            int pattern = scored.index(patterns[Arrays.binarySearch(pairs, link)]);
            reviews.add(new ReviewPair(CandidatePairs.first(link), CandidatePairs.second(link),
                    scored.probability[pattern], true));
        }
        reviews.sort(Comparator.comparingDouble(ReviewPair::probability).reversed());
        int persons = Arrays.stream(person).max().orElse(-1) + 1;
        long ended = System.nanoTime();
        return new LinkageResult(new LinkageCounts(input.size(), pairs.length, matches, reviews.size(), persons,
                (ended - started) / 1_000_000), person, List.copyOf(reviews), model,
                new LinkageResult.Phases(0, blocked - started, compared - blocked, learned - compared,
                        ended - learned));
    }

    /** The distinct patterns of a run, sorted, with their probabilities and their ranks by probability. */
    private static final class Scored {
        final int[] pattern;
        final double[] probability;
        final int[] rank;

        Scored(FellegiSunter model, int[] patterns) {
            pattern = Arrays.stream(patterns).parallel().distinct().sorted().toArray();
            probability = new double[pattern.length];
            for (int d = 0; d < pattern.length; d++) {
                probability[d] = model.probability(pattern[d]);
            }
            Integer[] byProbability = new Integer[pattern.length];
            for (int d = 0; d < pattern.length; d++) {
                byProbability[d] = d;
            }
            Arrays.sort(byProbability, Comparator.comparingDouble((Integer d) -> -probability[d]));
            rank = new int[pattern.length];
            for (int r = 0; r < byProbability.length; r++) {
                rank[byProbability[r]] = r;
            }
        }

        int index(int p) {
            return Arrays.binarySearch(pattern, p);
        }
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
