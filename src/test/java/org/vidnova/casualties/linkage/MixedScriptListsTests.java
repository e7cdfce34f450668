package org.vidnova.casualties.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Generated Ukrainian/Russian/Latin casualty lists (synthetic people, {@link CasualtyLists}): the floors sit a little
 * below the figures in docs/benchmarks.md, so a regression fails the build.
 */
class MixedScriptListsTests {

    @Test
    void linksMixedScriptListsWithoutLabels() {
        CasualtyLists lists = CasualtyLists.generate(3000, 1);
        Scores scores = MixedScriptEvaluation.run(lists);
        assertThat(scores.blockingRecall()).as("blocking recall").isGreaterThanOrEqualTo(0.993);
        assertThat(scores.precision()).as("precision").isGreaterThanOrEqualTo(0.98);
        assertThat(scores.recall()).as("recall").isGreaterThanOrEqualTo(0.985);
        assertThat(scores.f1()).as("F1").isGreaterThanOrEqualTo(0.985);
        long allPairs = (long) lists.reports().size() * (lists.reports().size() - 1) / 2;
        assertThat(scores.candidatePairs()).as("candidate pairs").isLessThan(allPairs / 1000);
    }

    @Test
    void generatorWritesEveryScriptAndKeepsItsPeopleSynthetic() {
        CasualtyLists lists = CasualtyLists.generate(500, 7);
        assertThat(lists.reports()).anyMatch(r -> r.familyName().matches(".*[іїєґ].*"))
                .anyMatch(r -> r.givenName().matches(".*[ыэё].*"))
                .anyMatch(r -> r.familyName().matches("[A-Za-z]+"))
                .anyMatch(r -> r.age() != null && r.birthDate() == null)
                .anyMatch(r -> r.patronymic().isEmpty());
        assertThat(CasualtyLists.generate(500, 7).reports()).isEqualTo(lists.reports());
    }
}
