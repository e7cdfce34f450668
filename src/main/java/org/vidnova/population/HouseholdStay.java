package org.vidnova.population;

/** Where a household without a home stays now; {@code TEMPORARY_SITE} names the site. */
enum HouseholdStay {
    TEMPORARY_SITE, RELATIVES, SHELTER, ELSEWHERE, UNKNOWN
}
