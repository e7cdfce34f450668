package org.vidnova.population;

/** A household's path through temporary housing: waiting for a place, placed in a site, moved out of it. */
enum HouseholdStatus {
    WAITING, PLACED, MOVED_OUT
}
