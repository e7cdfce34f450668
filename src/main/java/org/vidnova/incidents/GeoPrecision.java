package org.vidnova.incidents;

/** How precisely the place of an incident is known: the point, roughly, only the district, or only the city. */
public enum GeoPrecision {
    EXACT, APPROXIMATE, DISTRICT, CITY
}
