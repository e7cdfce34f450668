package org.vidnova.casualties.linkage;

import java.util.List;

/**
 * A run's outcome.
 *
 * @param counts the figures of the run
 * @param person for each record index, its person number (0 to persons - 1, in order of first record)
 * @param reviews the pairs to put before a person, most probable first
 * @param model the Fellegi–Sunter weights learned in this run
 * @param phases where the run's time went
 */
public record LinkageResult(LinkageCounts counts, int[] person, List<ReviewPair> reviews, FellegiSunter model,
        Phases phases) {

    /**
     * Nanoseconds spent preparing the records (names to keys), blocking, comparing candidate pairs, learning the model,
     * and scoring and clustering.
     */
    public record Phases(long preparing, long blocking, long comparing, long learning, long clustering) {

        @Override
        public String toString() {
            return String.format("preparing %d ms, blocking %d ms, comparing %d ms, learning %d ms, scoring and "
                    + "clustering %d ms", preparing / 1_000_000, blocking / 1_000_000, comparing / 1_000_000,
                    learning / 1_000_000, clustering / 1_000_000);
        }
    }
}
