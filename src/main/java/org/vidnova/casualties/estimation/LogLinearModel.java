package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical log-linear model of the list-overlap table: every list's main effect plus some two-list
 * interactions. {@code log E[count of pattern x] = β₀ + Σᵢ βᵢ xᵢ + Σ_(i,j) βᵢⱼ xᵢ xⱼ}, with {@code xᵢ = 1} when the
 * pattern is on list {@code i} — Rcapture's coding. An interaction {@code i:j} says that being on list {@code i}
 * changes the chance of being on list {@code j} (one list copied from the other, or both reaching the same
 * people). The pattern on no list has every {@code x} zero, so its expected count, the uncounted, is {@code exp(β₀)}.
 *
 * @param k the number of lists
 * @param interactions the pairs of lists that interact, each {@code {i, j}} with {@code i < j}
 */
public record LogLinearModel(int k, List<int[]> interactions) {

    public LogLinearModel {
        interactions = List.copyOf(interactions);
    }

    /** Every model with all main effects and any subset of the {@code k(k−1)/2} interactions, simplest first. */
    static List<LogLinearModel> all(int k) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        List<LogLinearModel> models = new ArrayList<>();
        for (int size = 0; size <= pairs.size(); size++) {
            collect(pairs, 0, size, new ArrayList<>(), k, models);
        }
        return models;
    }

    private static void collect(List<int[]> pairs, int from, int size, List<int[]> chosen, int k,
            List<LogLinearModel> out) {
        if (chosen.size() == size) {
            out.add(new LogLinearModel(k, chosen));
            return;
        }
        for (int p = from; p < pairs.size(); p++) {
            chosen.add(pairs.get(p));
            collect(pairs, p + 1, size, chosen, k, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Parameters: the intercept, k main effects and the interactions. */
    int parameters() {
        return 1 + k + interactions.size();
    }

    /** The terms in the lists' names, main effects first: {@code [A, B, C, A:B]}. */
    List<String> terms(List<String> names) {
        List<String> terms = new ArrayList<>(names);
        for (int[] pair : interactions) {
            terms.add(names.get(pair[0]) + ":" + names.get(pair[1]));
        }
        return terms;
    }

    /** The design row of a pattern (bit mask): 1, its list indicators, the products for the interactions. */
    double[] row(int mask) {
        double[] row = new double[parameters()];
        row[0] = 1;
        for (int i = 0; i < k; i++) {
            row[1 + i] = (mask >> i) & 1;
        }
        for (int t = 0; t < interactions.size(); t++) {
            int[] pair = interactions.get(t);
            row[1 + k + t] = ((mask >> pair[0]) & (mask >> pair[1]) & 1);
        }
        return row;
    }
}
