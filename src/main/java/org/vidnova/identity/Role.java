package org.vidnova.identity;

/** What a user may do. ADMIN may do everything the others may. */
public enum Role {
    REGISTRAR, ANALYST, PLANNER, ADMIN
}
