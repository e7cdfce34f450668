package org.vidnova.population;

import java.time.LocalDate;

import org.vidnova.population.estimate.Direction;

/** A household's registered move, as a row gives it (district as a KATOTTH code, resolved from any name). */
record RegistrationDraft(String externalId, LocalDate day, String districtCode, Direction direction,
        int householdSize, String otherPlace, String buildingSource, String buildingExternalId) implements FlowDraft {
}
