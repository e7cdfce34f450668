package org.vidnova.recovery.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatchmentShareTest {

    @Test
    void withEveryCapacityKnownTheShareIsTheFacilitysPartOfTheDistrictsCapacity() {
        CatchmentShare.Share s = CatchmentShare.of(600, List.of(600, 400, 1000));
        assertThat(s.method()).isEqualTo(CatchmentShare.Method.CAPACITY);
        assertThat(s.fraction()).isEqualTo(0.3);
        assertThat(s.facilities()).isEqualTo(3);
        assertThat(CatchmentShare.people(120_001, s)).isEqualTo(36_000);
    }

    @Test
    void aMissingCapacityAnywhereMakesTheSharesEqual() {
        assertThat(CatchmentShare.of(600, Arrays.asList(600, null, 1000)).fraction()).isEqualTo(1.0 / 3);
        CatchmentShare.Share own = CatchmentShare.of(null, Arrays.asList(null, 400));
        assertThat(own.method()).isEqualTo(CatchmentShare.Method.EQUAL);
        assertThat(CatchmentShare.people(1001, own)).isEqualTo(501);
    }

    @Test
    void zeroCapacitiesShareEquallyAndAnEmptyDistrictIsAMistake() {
        assertThat(CatchmentShare.of(0, List.of(0, 0)).fraction()).isEqualTo(0.5);
        assertThat(CatchmentShare.of(500, List.of(500)).fraction()).isEqualTo(1.0);
        assertThatThrownBy(() -> CatchmentShare.of(1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
