package org.vidnova.casualties.linkage;

/**
 * How a run decides.
 *
 * @param match a pair with at least this match probability is a match
 * @param review a pair with at least this probability and below {@code match} is put before a person
 * @param coherence two clusters join only when at least this share of their comparable pairs are matches, so one
 *     wrong link cannot chain two people into one
 * @param acrossListsOnly compare only records of different lists (linking lists known to be free of duplicates)
 * @param maxBlock blocks larger than this are skipped: a key that common (an empty-looking value) tells nothing
 * @param maxPersonRecords no person grows beyond this many records
 * @param randomPairs how many random pairs to compare for u, how often non-matches agree
 */
public record LinkageSettings(double match, double review, double coherence, boolean acrossListsOnly, int maxBlock,
        int maxPersonRecords, int randomPairs) {

    public static LinkageSettings defaults() {
        return new LinkageSettings(0.8, 0.3, 0.5, false, 2000, 100, 200_000);
    }

    public LinkageSettings acrossLists() {
        return new LinkageSettings(match, review, coherence, true, maxBlock, maxPersonRecords, randomPairs);
    }

    public LinkageSettings withThresholds(double match, double review) {
        return new LinkageSettings(match, review, coherence, acrossListsOnly, maxBlock, maxPersonRecords, randomPairs);
    }
}
