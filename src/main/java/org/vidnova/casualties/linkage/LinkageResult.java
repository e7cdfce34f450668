package org.vidnova.casualties.linkage;

import java.util.List;

/**
 * A run's outcome.
 *
 * @param counts the figures of the run
 * @param person for each record index, its person number (0 to persons - 1, in order of first record)
 * @param reviews the pairs to put before a person, most probable first
 * @param model the Fellegi–Sunter weights learned in this run
 */
public record LinkageResult(LinkageCounts counts, int[] person, List<ReviewPair> reviews, FellegiSunter model) {
}
