package org.vidnova.casualties.linkage;

import java.nio.file.Path;
import java.util.List;

/**
 * FEBRL figures for docs/benchmarks.md: linkage of dataset 4a with 4b, deduplication of dataset 3.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.vidnova.casualties.linkage.FebrlEvaluation
 * ../shared/data/febrl}
 */
public final class FebrlEvaluation {

    private FebrlEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/febrl");
        for (int round = 0; round < (args.length > 1 ? Integer.parseInt(args[1]) : 1); round++) {
            System.out.println("FEBRL4 4a x 4b: " + febrl4(dir));
            System.out.println("FEBRL3 dedupe:  " + febrl3(dir));
        }
    }

    static Scores febrl4(Path dir) throws Exception {
        FebrlRecords input = new FebrlRecords(dir.resolve("dataset4a.csv"), dir.resolve("dataset4b.csv"));
        return run(input, LinkageSettings.defaults().acrossLists());
    }

    static Scores febrl3(Path dir) throws Exception {
        return run(new FebrlRecords(dir.resolve("dataset3.csv")), LinkageSettings.defaults());
    }

    static Scores run(FebrlRecords input, LinkageSettings settings) {
        LinkageResult result = Linker.run(input.input, settings, List.of());
        return Scores.of(input.entity(), input.input, settings.acrossListsOnly(), result,
                CandidatePairs.of(input.input, settings).pairs());
    }
}
