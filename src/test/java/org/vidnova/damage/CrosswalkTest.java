package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The crosswalk of version 1: every scheme, spellings, unknown classes. */
class CrosswalkTest {

    @Test
    void everySchemeMapsOntoTheVidnovaScale() {
        Crosswalk v1 = Crosswalk.V1;
        assertThat(v1.version()).isEqualTo("v1");
        assertThat(v1.grade("unosat:destroyed")).hasValue(4);
        assertThat(v1.grade("unosat:severe")).hasValue(3);
        assertThat(v1.grade("unosat:moderate")).hasValue(2);
        assertThat(v1.grade("unosat:possible")).hasValue(1);
        assertThat(v1.grade("ems98:1")).hasValue(1);
        assertThat(v1.grade("ems98:2")).hasValue(2);
        assertThat(v1.grade("ems98:3")).hasValue(3);
        assertThat(v1.grade("ems98:4")).hasValue(3);
        assertThat(v1.grade("ems98:5")).hasValue(4);
        assertThat(v1.grade("commission:current_repair")).hasValue(1);
        assertThat(v1.grade("commission:capital_repair")).hasValue(3);
        assertThat(v1.grade("commission:destroyed")).hasValue(4);
        for (int g = 0; g <= 4; g++) {
            assertThat(v1.grade("vidnova:" + g)).hasValue(g);
        }
        assertThat(v1.classes().values()).allMatch(g -> g >= 0 && g <= 4);
    }

    @Test
    void spellingsAreForgivenButUnknownClassesAreNot() {
        assertThat(Crosswalk.V1.grade(" UNOSAT : Severe ")).hasValue(3);
        assertThat(Crosswalk.V1.grade("commission:Capital-Repair")).hasValue(3);
        assertThat(Crosswalk.V1.grade("commission:capital repair")).hasValue(3);
        assertThat(Crosswalk.normalise("Commission: Current Repair")).isEqualTo("commission:current_repair");
        assertThat(Crosswalk.V1.grade("unosat:gone")).isEmpty();
        assertThat(Crosswalk.V1.grade("ems98:6")).isEmpty();
        assertThat(Crosswalk.V1.grade("destroyed")).isEmpty();
        assertThat(Crosswalk.V1.grade(null)).isEmpty();
        assertThat(Crosswalk.label(4)).isEqualTo("destroyed");
    }
}
