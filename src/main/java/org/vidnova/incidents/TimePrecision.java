package org.vidnova.incidents;

/**
 * How precisely the time of an incident is known: to the second, to the hour, or only the day (in Kyiv). The
 * stored instant is cut to that precision. Written as lower-case codes.
 */
public enum TimePrecision {
    EXACT, HOUR, DAY
}
