/**
 * Record linkage of victims' reports: many lists, in Ukrainian, Russian and Latin spelling, into one register of
 * persons. Plain Java without Spring, so it is tested and benchmarked alone.
 *
 * <p>A run ({@link org.vidnova.casualties.linkage.VictimLinkage#link}) goes: names to comparable keys
 * ({@link org.vidnova.casualties.linkage.Normalisation}, {@link org.vidnova.casualties.linkage.Transliteration},
 * {@link org.vidnova.casualties.linkage.GivenNames}); candidate pairs from the union of several blocking keys
 * ({@link org.vidnova.casualties.linkage.CandidatePairs}); an agreement pattern per pair; Fellegi–Sunter weights learned
 * without labels ({@link org.vidnova.casualties.linkage.FellegiSunter}); a probability per pair, with a match and a
 * review threshold; reviewers' verdicts applied; clustering into persons that refuses to chain two people through one
 * link. The engine itself ({@link org.vidnova.casualties.linkage.Linker}) works on any
 * {@link org.vidnova.casualties.linkage.LinkageInput}: the FEBRL benchmark runs through it too.
 */
package org.vidnova.casualties.linkage;
