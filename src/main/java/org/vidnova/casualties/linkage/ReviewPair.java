package org.vidnova.casualties.linkage;

/**
 * A pair a person should decide: its probability lies between the review and the match threshold, or it is a match
 * the clustering refused because the two records' persons do not otherwise agree.
 *
 * @param first record index
 * @param second record index
 * @param probability the model's match probability
 * @param refusedMatch true for a match left unjoined to keep persons coherent
 */
public record ReviewPair(int first, int second, double probability, boolean refusedMatch) {
}
