package org.vidnova.damage;

import java.util.Optional;

import org.vidnova.web.Codes;

/** Whether an assessment judged the building can be restored. */
public enum Rebuildable {
    YES, NO, UNKNOWN;

    static Optional<Rebuildable> parse(String code) {
        return Codes.parse(Rebuildable.class, code);
    }
}
