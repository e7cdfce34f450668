package org.vidnova.shelters;

import java.time.Instant;

/** A resident's report that a shelter was found closed or full, and what a registrar made of it. */
record ResidentReport(long id, long shelterId, String shelterName, String problem, Instant reportedAt,
        String state, String checkedBy, Instant checkedAt) {
}
