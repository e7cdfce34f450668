package org.vidnova.casualties.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of a run against the truth, counted over record pairs, and the share of true pairs that
 * blocking kept.
 *
 * @param truePairs pairs of records of one entity (across lists only, when the run links across lists only)
 * @param predictedPairs pairs put in one person
 * @param correctPairs predicted pairs that are true
 * @param blockedTruePairs true pairs among the candidate pairs
 */
public record Scores(long truePairs, long predictedPairs, long correctPairs, long blockedTruePairs, long candidatePairs,
        long millis) {

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double blockingRecall() {
        return truePairs == 0 ? 1 : (double) blockedTruePairs / truePairs;
    }

    @Override
    public String toString() {
        return String.format("P %.4f  R %.4f  F1 %.4f  blocking recall %.4f (%d of %d true pairs)  candidates %d"
                        + "  predicted pairs %d  %d ms", precision(), recall(), f1(), blockingRecall(), blockedTruePairs,
                truePairs, candidatePairs, predictedPairs, millis);
    }

    /**
     * @param entity each record's true entity
     * @param result the run
     * @param candidates the run's candidate pairs (sorted), for blocking recall
     */
    public static Scores of(String[] entity, LinkageInput input, boolean acrossListsOnly, LinkageResult result,
            long[] candidates) {
        List<long[]> truth = pairsWithin(groups(entity), input, acrossListsOnly);
        long blocked = 0;
        for (long[] chunk : truth) {
            for (long pair : chunk) {
                if (java.util.Arrays.binarySearch(candidates, pair) >= 0) {
                    blocked++;
                }
            }
        }
        long truePairs = truth.stream().mapToLong(c -> c.length).sum();
        String[] person = new String[entity.length];
        for (int i = 0; i < person.length; i++) {
            person[i] = Integer.toString(result.person()[i]);
        }
        long predicted = 0;
        long correct = 0;
        for (long[] chunk : pairsWithin(groups(person), input, acrossListsOnly)) {
            for (long pair : chunk) {
                predicted++;
                if (entity[CandidatePairs.first(pair)].equals(entity[CandidatePairs.second(pair)])) {
                    correct++;
                }
            }
        }
        return new Scores(truePairs, predicted, correct, blocked, candidates.length, result.counts().millis());
    }

    private static Map<String, List<Integer>> groups(String[] label) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < label.length; i++) {
            groups.computeIfAbsent(label[i], k -> new ArrayList<>(2)).add(i);
        }
        return groups;
    }

    private static List<long[]> pairsWithin(Map<String, List<Integer>> groups, LinkageInput input,
            boolean acrossListsOnly) {
        List<long[]> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            List<Long> pairs = new ArrayList<>();
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    int a = g.get(x);
                    int b = g.get(y);
                    if (!acrossListsOnly || input.list(a) != input.list(b)) {
                        pairs.add(CandidatePairs.pair(a, b));
                    }
                }
            }
            out.add(pairs.stream().mapToLong(Long::longValue).toArray());
        }
        return out;
    }
}
