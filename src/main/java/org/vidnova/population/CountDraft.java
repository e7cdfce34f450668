package org.vidnova.population;

import java.time.LocalDate;

import org.vidnova.population.estimate.Direction;

/** An external source's count of people moving, with the source's own interval {@code low <= people <= high}. */
record CountDraft(String externalId, LocalDate day, String districtCode, Direction direction, int people, int low,
        int high) implements FlowDraft {
}
