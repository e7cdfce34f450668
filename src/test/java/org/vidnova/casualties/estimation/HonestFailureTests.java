package org.vidnova.casualties.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The engine refuses or warns instead of printing a number it cannot stand behind. */
class HonestFailureTests {

    @Test
    void oneListIsRefused() {
        assertThat(refused(CaptureHistories.of(List.of("police"), Map.of("1", 40)), Caveat.Kind.TOO_FEW_LISTS)
                .observed()).isEqualTo(40);
    }

    @Test
    void listsThatNeverOverlapAreRefused() {
        refused(CaptureHistories.of(List.of("A", "B", "C"), Map.of("100", 30, "010", 20, "001", 10)),
                Caveat.Kind.EMPTY_OVERLAP);
    }

    /** The plain two-way models only, every interval computed. */
    private static MultipleSystemsEstimate plain(CaptureHistories histories) {
        return MultipleSystemsEstimation.estimate(histories, new MultipleSystemsEstimation.Options(
                List.of(LogLinearModel.Heterogeneity.NONE), MultipleSystemsEstimation.Intervals.ALL));
    }

    private static MultipleSystemsEstimate refused(CaptureHistories histories, Caveat.Kind kind) {
        MultipleSystemsEstimate estimate = MultipleSystemsEstimation.estimate(histories);
        assertThat(estimate.estimated()).isFalse();
        assertThat(estimate.caveats()).extracting(Caveat::kind).containsExactly(kind);
        return estimate;
    }

    @Test
    void anEmptyListIsRefused() {
        MultipleSystemsEstimate estimate = MultipleSystemsEstimation.estimate(
                CaptureHistories.of(List.of("A", "B", "C"), Map.of("110", 30, "100", 20, "010", 10)));
        assertThat(estimate.estimated()).isFalse();
        assertThat(estimate.caveats()).extracting(Caveat::message).anyMatch(m -> m.contains("list C holds nobody"));
    }

    @Test
    void sixListsAreBeyondTheSearch() {
        refused(CaptureHistories.of(List.of("A", "B", "C", "D", "E", "F"),
                Map.of("110000", 3, "011000", 5, "001100", 4, "000110", 2, "000011", 7)), Caveat.Kind.TOO_MANY_LISTS);
    }

    @Test
    void twoListsGiveLincolnPetersenAndChapmanAndSaySoIsUnchecked() {
        // 60 on A, 50 on B, 20 on both: a·b/m = 150; Chapman 61·51/21 − 1 = 147.14.
        MultipleSystemsEstimate estimate = plain(
                CaptureHistories.of(List.of("A", "B"), Map.of("10", 40, "01", 30, "11", 20)));
        TwoListEstimate two = estimate.twoLists();
        assertThat(two.lincolnPetersen()).isCloseTo(150, within(1e-9));
        assertThat(two.lincolnPetersenVariance()).isCloseTo(60.0 * 50 * 40 * 30 / 8000, within(1e-9));
        assertThat(two.chapman()).isCloseTo(61.0 * 51 / 21 - 1, within(1e-9));
        assertThat(two.chapmanVariance()).isCloseTo(61.0 * 51 * 40 * 30 / (21.0 * 21 * 22), within(1e-9));
        // The independence model is Lincoln–Petersen, saturated: listed, never selected without a caveat.
        assertThat(estimate.models()).singleElement().satisfies(m -> {
            assertThat(m.estimate()).isCloseTo(150, within(1e-6));
            assertThat(m.caveats()).extracting(Caveat::kind).contains(Caveat.Kind.SATURATED);
        });
        assertThat(estimate.selectedByAic()).isNull();
        assertThat(estimate.caveats()).extracting(Caveat::kind).contains(Caveat.Kind.SATURATED);
        assertThat(estimate.refused()).singleElement().satisfies(r -> assertThat(r.terms()).contains("A:B"));
    }

    @Test
    void twoListsWithoutOverlapHaveNoLincolnPetersen() {
        TwoListEstimate two = TwoListEstimate.of(10, 5, 0);
        assertThat(two.lincolnPetersen()).isNaN();
        assertThat(two.chapman()).isCloseTo(65, within(1e-9));
    }

    @Test
    void anInteractionBetweenListsThatShareNobodyIsRefused() {
        MultipleSystemsEstimate estimate = plain(CaptureHistories.of(
                List.of("A", "B", "C"), Map.of("100", 50, "010", 40, "001", 30, "101", 10, "011", 8)));
        // Every model with A:B is refused; so is A:C + B:C, which leaves the two empty cells 110 and 111 to
        // no parameter but their own (a singular design).
        assertThat(estimate.refused()).extracting(RefusedModel::terms).filteredOn(t -> t.contains("A:B")).hasSize(4);
        assertThat(estimate.refused()).hasSize(5)
                .allSatisfy(r -> assertThat(r.reason().kind()).isEqualTo(Caveat.Kind.NOT_IDENTIFIABLE));
        assertThat(estimate.models()).noneMatch(m -> m.terms().contains("A:B"));
    }

    @Test
    void anUnboundedIntervalIsSaid() {
        // Barely any overlap: the likelihood hardly falls, the upper end is out of reach.
        MultipleSystemsEstimate estimate = plain(CaptureHistories.of(
                List.of("A", "B", "C"), Map.of("100", 50, "010", 40, "001", 30, "110", 1)));
        assertThat(estimate.models()).anySatisfy(m -> {
            assertThat(m.upper()).isInfinite();
            assertThat(m.caveats()).extracting(Caveat::kind).contains(Caveat.Kind.UNBOUNDED_INTERVAL);
        });
    }

    @Test
    void implausibleModelsGetNoIntervalAndSaySo() {
        MultipleSystemsEstimate estimate = MultipleSystemsEstimation.estimate(CaptureHistories.of(
                List.of("A", "B", "C", "D"), Map.of("1000", 300, "0100", 250, "0010", 200, "0001", 150, "1100", 80,
                        "0011", 5, "1010", 30, "0101", 25, "1111", 12, "1110", 9)));
        assertThat(estimate.models()).filteredOn(m -> Double.isNaN(m.lower())).isNotEmpty().allSatisfy(m -> {
            assertThat(m.caveats()).extracting(Caveat::kind).contains(Caveat.Kind.INTERVAL_NOT_COMPUTED);
            assertThat(m.aic()).isGreaterThan(estimate.selectedByAic().aic() + 20);
        });
        assertThat(estimate.selectedByAic().lower()).isLessThan(estimate.selectedByAic().estimate());
    }

    @Test
    void badPatternsAreRejected() {
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("1", 3)))
                .hasMessageContaining("one 0/1 digit per list");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("12", 3)))
                .hasMessageContaining("only 0 and 1");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("00", 3)))
                .hasMessageContaining("on no list");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("10", -3)))
                .hasMessageContaining("negative");
    }

    @Test
    void decomposableGraphsAreCountedAsDgaShipsThem() {
        assertThat(DecomposableGraph.all(3)).hasSize(8);
        assertThat(DecomposableGraph.all(4)).hasSize(61);
        assertThat(DecomposableGraph.all(5)).hasSize(822);
    }

    @Test
    void logGammaAgreesWithR() {
        // R: lgamma(c(0.03125, 0.5, 1, 7.5, 123.25, 1e6))
        assertThat(LogGamma.of(0.03125)).isCloseTo(3.448489127797958, within(1e-13));
        assertThat(LogGamma.of(0.5)).isCloseTo(0.5723649429247001, within(1e-14));
        assertThat(LogGamma.of(1)).isCloseTo(0, within(1e-14));
        assertThat(LogGamma.of(7.5)).isCloseTo(7.534364236758733, within(1e-13));
        assertThat(LogGamma.of(123.25)).isCloseTo(468.6144829505167, within(1e-11));
        assertThat(LogGamma.of(1e6)).isCloseTo(12815504.56914761, within(1e-6));
    }
}
