package org.vidnova.casualties.linkage;

/** A reviewer's verdict on two records, by their index in the {@link LinkageInput}. */
public record PairDecision(int first, int second, Verdict verdict) {
}
