package org.vidnova.casualties.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vidnova.SharedData;

/**
 * The FEBRL benchmark (../shared, skipped when absent), without labelled training data: the floors sit a little
 * below the figures in docs/benchmarks.md, so a regression fails the build.
 */
class FebrlTests {

    @Test
    void linksDataset4aWith4b() throws Exception {
        // 250,000 candidate pairs would be 1% of the 25 million pairs
        holds(FebrlEvaluation.febrl4(SharedData.file("febrl/dataset4a.csv").getParent()), 0.999, 250_000);
    }

    @Test
    void deduplicatesDataset3() throws Exception {
        holds(FebrlEvaluation.febrl3(SharedData.file("febrl/dataset3.csv").getParent()), 0.995, 125_000);
    }

    /** Precision, recall and F1 at least 0.997; blocking keeps the given share of true pairs. */
    static void holds(Scores scores, double blockingRecall, long maxCandidates) {
        assertThat(scores.blockingRecall()).as("blocking recall").isGreaterThanOrEqualTo(blockingRecall);
        assertThat(scores.candidatePairs()).as("candidate pairs").isLessThan(maxCandidates);
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(0.997);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(0.997);
        assertThat(scores.f1()).as("F1").isGreaterThanOrEqualTo(0.998);
    }
}
