package org.vidnova.incidents;

/** Whether an analyst has checked an incident: as reported (the default), verified, or disputed. */
public enum Verification {
    REPORTED, VERIFIED, DISPUTED
}
