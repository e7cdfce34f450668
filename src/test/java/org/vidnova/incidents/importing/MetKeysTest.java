package org.vidnova.incidents.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetKeysTest {

    @Test
    void aKeyMetAgainGivesTheLineItWasFirstMetOn() {
        MetKeys keys = new MetKeys(10);
        assertThat(keys.meet("bench/G1", 2)).isEqualTo(MetKeys.NEW);
        assertThat(keys.meet("bench/G2", 3)).isEqualTo(MetKeys.NEW);
        assertThat(keys.meet("bench/G1", 7)).isEqualTo(2);
        assertThat(keys.meet("bench/G1", 9)).as("still the first line").isEqualTo(2);
        assertThat(keys.meet("other/G1", 10)).as("another source's key").isEqualTo(MetKeys.NEW);
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void whenFullNewKeysAreNotKeptButKeptOnesAreStillFound() {
        MetKeys keys = new MetKeys(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(keys.meet("s/" + i, i)).isEqualTo(MetKeys.NEW);
        }
        assertThat(keys.meet("s/4", 4)).isEqualTo(MetKeys.FULL);
        assertThat(keys.meet("s/4", 5)).as("not kept").isEqualTo(MetKeys.FULL);
        assertThat(keys.meet("s/2", 6)).isEqualTo(2);
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void growingKeepsEveryKeyAndItsLine() {
        int n = 200_000;
        MetKeys keys = new MetKeys(n);
        for (int i = 0; i < n; i++) {
            assertThat(keys.meet("bench/G" + i, i + 1L)).isEqualTo(MetKeys.NEW);
        }
        for (int i = 0; i < n; i += 7) {
            assertThat(keys.meet("bench/G" + i, n + 1L)).isEqualTo(i + 1L);
        }
        assertThat(keys.meet("bench/G" + n, n + 1L)).isEqualTo(MetKeys.FULL);
        assertThat(keys.size()).isEqualTo(n);
    }

    @Test
    void linesStartAtOne() {
        assertThatThrownBy(() -> new MetKeys(5).meet("s/1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetKeys(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
