package org.vidnova.population.allocation;

import java.util.Map;

/**
 * One proposed placement, explained: the household's rank in the priority order, the score and its terms
 * ({@code people}, {@code vulnerable}, {@code waiting}, {@code nearHome}), and why this site.
 */
public record PlacementProposal(long householdId, long siteId, int rank, double score, Map<String, Double> terms,
        String why) {
}
