package org.vidnova.damage;

import java.util.Optional;

import org.vidnova.web.Codes;

/** Heritage status: none, inside the protected old-town zone, or a listed monument (with a registry reference). */
public enum Heritage {
    NONE, ZONE, LISTED;

    static Optional<Heritage> parse(String code) {
        return Codes.parse(Heritage.class, code);
    }
}
