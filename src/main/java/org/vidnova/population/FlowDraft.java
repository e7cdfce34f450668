package org.vidnova.population;

import java.time.LocalDate;

import org.vidnova.population.estimate.Direction;

/** A validated import row of either register: its key and the district-day whose daily sums it counts in. */
sealed interface FlowDraft permits RegistrationDraft, CountDraft {

    String externalId();

    LocalDate day();

    String districtCode();

    Direction direction();
}
