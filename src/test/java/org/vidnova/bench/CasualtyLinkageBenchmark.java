package org.vidnova.bench;

import java.util.List;

import org.vidnova.casualties.linkage.CandidatePairs;
import org.vidnova.casualties.linkage.CasualtyLists;
import org.vidnova.casualties.linkage.LinkageInput;
import org.vidnova.casualties.linkage.LinkageResult;
import org.vidnova.casualties.linkage.LinkageSettings;
import org.vidnova.casualties.linkage.Scores;
import org.vidnova.casualties.linkage.VictimLinkage;
import org.vidnova.casualties.linkage.VictimReports;

/**
 * Deduplicates generated casualty lists (synthetic people) of a given size, one million records by default, and
 * prints time, heap and quality. The timed part is {@link VictimLinkage#link} alone; generating the lists and scoring
 * against the truth are not timed. See docs/benchmarks.md for the command.
 */
public final class CasualtyLinkageBenchmark {

    private CasualtyLinkageBenchmark() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long started = System.nanoTime();
        CasualtyLists lists = CasualtyLists.ofRecords(records, seed);
        System.out.printf("generated %,d records in %d ms%n", records, (System.nanoTime() - started) / 1_000_000);
        System.gc();
        LinkageSettings settings = LinkageSettings.defaults();
        LinkageResult result = VictimLinkage.link(lists.reports(), List.of(), settings);
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.println(result.counts());
        System.out.println(result.phases());
        System.out.printf("heap: max %d MB, in use after the run %d MB, cores %d%n", runtime.maxMemory() >> 20, usedMb,
                runtime.availableProcessors());
        LinkageInput input = new VictimReports(lists.reports()).input();
        System.out.println(Scores.of(lists.entity(), input, false, result, CandidatePairs.of(input, settings).pairs()));
    }
}
