package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Exports stream: the buildings are read inside a transaction (PostgreSQL reads through a cursor only then, with the
 * fetch size); and the household size of a district overrides the city's.
 */
class StreamingExportTests extends DamageTestBase {

    @Test
    void theBuildingsExportReadsInsideATransactionSoPostgresUsesACursor(@Autowired BuildingRepository buildings)
            throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nT1,,50.0,36.23,school,,3,0,,,\nT2,,50.0,36.23,school,,3,0,,,\n");
        List<Boolean> inTransaction = new ArrayList<>();
        buildings.forEach(new BuildingRepository.Filter(source, null, null, null),
                b -> inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()
                        && TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
        assertThat(inTransaction).containsExactly(true, true);
    }

    @Test
    void aDistrictsHouseholdSizeOverridesTheCitys() {
        MockEnvironment settings = new MockEnvironment().withProperty("vidnova.damage.household-size", "2.5")
                .withProperty("vidnova.damage.household-size." + SHEVCHENKIVSKYI, "1.9");
        DamageIndicators indicators = new DamageIndicators(null, null, settings, null);
        assertThat(indicators.householdSize(SHEVCHENKIVSKYI)).isEqualTo(1.9);
        assertThat(indicators.householdSize("UA63120270000000000")).isEqualTo(2.5);
        assertThat(indicators.householdSize(null)).isEqualTo(2.5);
        assertThat(new DamageIndicators(null, null, new MockEnvironment(), null).householdSize(SHEVCHENKIVSKYI))
                .isEqualTo(2.3);
    }
}
