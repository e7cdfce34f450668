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
public record LogLinearModel(int k, List<int[]> interactions, Heterogeneity heterogeneity) {

    /**
     * Rcapture's heterogeneity terms: one more column, a function of how many lists a pattern is on, standing
     * for people who differ in how visible they are to every list (Rivest and Baillargeon 2007).
     */
    public enum Heterogeneity {
        /** No heterogeneity term. */
        NONE,
        /** Darroch et al. (1993): {@code c²/2}, c the number of lists the pattern is on. */
        DARROCH,
        /** Rivest and Baillargeon's Poisson with θ = 2: {@code 2^c − 1}. */
        POISSON;

        double column(int lists) {
            return switch (this) {
                case NONE -> 0;
                case DARROCH -> lists * lists / 2.0;
                case POISSON -> (1 << lists) - 1;
            };
        }
    }

    public LogLinearModel {
        interactions = List.copyOf(interactions);
    }

    LogLinearModel(int k, List<int[]> interactions) {
        this(k, interactions, Heterogeneity.NONE);
    }

    /** Every model with all main effects and any subset of the {@code k(k−1)/2} interactions, simplest first. */
    static List<LogLinearModel> all(int k) {
        return all(k, List.of(Heterogeneity.NONE));
    }

    /** {@link #all(int)} with each of the given heterogeneity terms. */
    static List<LogLinearModel> all(int k, List<Heterogeneity> heterogeneities) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        List<LogLinearModel> models = new ArrayList<>();
        for (int size = 0; size <= pairs.size(); size++) {
            for (Heterogeneity heterogeneity : heterogeneities) {
                collect(pairs, 0, size, new ArrayList<>(), k, heterogeneity, models);
            }
        }
        return models;
    }

    private static void collect(List<int[]> pairs, int from, int size, List<int[]> chosen, int k,
            Heterogeneity heterogeneity, List<LogLinearModel> out) {
        if (chosen.size() == size) {
            out.add(new LogLinearModel(k, chosen, heterogeneity));
            return;
        }
        for (int p = from; p < pairs.size(); p++) {
            chosen.add(pairs.get(p));
            collect(pairs, p + 1, size, chosen, k, heterogeneity, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Parameters: the intercept, k main effects and the interactions. */
    int parameters() {
        return 1 + k + interactions.size() + (heterogeneity == Heterogeneity.NONE ? 0 : 1);
    }

    /** The terms in the lists' names, main effects first: {@code [A, B, C, A:B]}. */
    List<String> terms(List<String> names) {
        List<String> terms = new ArrayList<>(names);
        for (int[] pair : interactions) {
            terms.add(names.get(pair[0]) + ":" + names.get(pair[1]));
        }
        if (heterogeneity != Heterogeneity.NONE) {
            terms.add("h:" + heterogeneity.name().toLowerCase(java.util.Locale.ROOT));
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
        if (heterogeneity != Heterogeneity.NONE) {
            row[row.length - 1] = heterogeneity.column(Integer.bitCount(mask));
        }
        return row;
    }
}
