package org.vidnova.casualties.linkage;

import java.util.List;

/**
 * Figures on generated Ukrainian/Russian/Latin casualty lists ({@link CasualtyLists}): arguments persons (default
 * 3000) and seed (default 1).
 */
public final class MixedScriptEvaluation {

    private MixedScriptEvaluation() {
    }

    public static void main(String[] args) {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        CasualtyLists lists = CasualtyLists.generate(persons, seed);
        System.out.println(lists.reports().size() + " records of " + persons + " persons: " + run(lists));
    }

    static Scores run(CasualtyLists lists) {
        LinkageInput input = new VictimReports(lists.reports()).input();
        LinkageSettings settings = LinkageSettings.defaults();
        LinkageResult result = Linker.run(input, settings, List.of());
        return Scores.of(lists.entity(), input, false, result, CandidatePairs.of(input, settings).pairs());
    }
}
