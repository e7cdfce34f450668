package org.vidnova.casualties.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry point for victims' reports: one register of persons from many lists, in any of Ukrainian,
 * Russian and Latin spelling.
 */
public final class VictimLinkage {

    /** A reviewer's verdict on two reports, by report id, as kept from an earlier run. */
    public record Decision(String firstReportId, String secondReportId, Verdict verdict) {
    }

    private VictimLinkage() {
    }

    /**
     * Links the reports.
     *
     * @param reports every report of every list, ids unique
     * @param decisions reviewers' verdicts; a pair decided "same" is one person, "different" never one person
     * @param settings thresholds and limits, {@link LinkageSettings#defaults()} unless there is a reason
     * @return counts, each report's person number (in the order of {@code reports}), and the pairs to review
     */
    public static LinkageResult link(List<VictimReport> reports, List<Decision> decisions, LinkageSettings settings) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            if (index.put(reports.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Two reports have the id " + reports.get(i).id());
            }
        }
        List<PairDecision> byIndex = decisions.stream()
                .filter(d -> index.containsKey(d.firstReportId()) && index.containsKey(d.secondReportId()))
                .map(d -> new PairDecision(index.get(d.firstReportId()), index.get(d.secondReportId()), d.verdict()))
                .toList();
        long started = System.nanoTime();
        LinkageInput input = new VictimReports(reports).input();
        long prepared = System.nanoTime() - started;
        LinkageResult run = Linker.run(input, settings, byIndex);
        // the figures count the time spent spelling every name into its keys, too
        LinkageCounts c = run.counts();
        LinkageResult.Phases p = run.phases();
        return new LinkageResult(new LinkageCounts(c.records(), c.candidatePairs(), c.matches(), c.possibleMatches(),
                c.persons(), (System.nanoTime() - started) / 1_000_000), run.person(), run.reviews(), run.model(),
                new LinkageResult.Phases(prepared, p.blocking(), p.comparing(), p.learning(), p.clustering()));
    }
}
