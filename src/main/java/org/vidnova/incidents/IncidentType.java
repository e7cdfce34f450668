package org.vidnova.incidents;

/**
 * What struck: artillery shelling, a missile, an air strike (bombs, guided bombs), multiple rocket launchers, a
 * drone, cluster munitions, or something else. Written as lower-case codes (see {@link org.vidnova.web.Codes}).
 */
public enum IncidentType {
    SHELLING, MISSILE, AIRSTRIKE, MLRS, DRONE, CLUSTER, OTHER
}
