package org.vidnova.casualties.linkage;

/**
 * What a run did, as reported to the analyst.
 *
 * @param records records read
 * @param candidatePairs pairs compared after blocking
 * @param matches pairs at or above the match threshold (or decided "same")
 * @param possibleMatches pairs put before a person
 * @param persons distinct persons after clustering
 * @param millis run time
 */
public record LinkageCounts(int records, long candidatePairs, long matches, long possibleMatches, int persons,
        long millis) {
}
