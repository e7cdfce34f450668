package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentKeywordsTest {

    static IncidentType guess(String text) {
        return IncidentKeywords.match(text, IncidentKeywords.ALL, IncidentType.OTHER);
    }

    @Test
    void theMostSpecificTypeNamedWins() {
        assertThat(guess("Remnants of a 9M55K Smerch rocket")).isEqualTo(IncidentType.CLUSTER);
        assertThat(guess("Grad strikes on Saltivka")).isEqualTo(IncidentType.MLRS);
        assertThat(guess("Missiles hit the administration building")).isEqualTo(IncidentType.MISSILE);
        assertThat(guess("Shahed drones over the city")).isEqualTo(IncidentType.DRONE);
        assertThat(guess("An aerial bomb dropped on a school")).isEqualTo(IncidentType.AIRSTRIKE);
        assertThat(guess("Heavy shelling overnight")).isEqualTo(IncidentType.SHELLING);
        assertThat(guess("Обстріл Салтівки")).isEqualTo(IncidentType.SHELLING);
        assertThat(guess("Ракетний удар по центру")).isEqualTo(IncidentType.MISSILE);
        assertThat(guess("Russian tanks in Kharkiv")).isEqualTo(IncidentType.OTHER);
        assertThat(guess(null)).isEqualTo(IncidentType.OTHER);
    }

    @Test
    void wordsAreNotFoundInsideOtherWords() {
        assertThat(guess("They will upgrade the kebab stand gradually")).isEqualTo(IncidentType.OTHER);
        assertThat(guess("A shell company")).isEqualTo(IncidentType.OTHER);
    }
}
