package org.vidnova.recovery;

import java.util.Optional;

import org.vidnova.web.Codes;

/** What the city decided for a damaged or destroyed facility. */
public enum FacilityDecisionKind {
    REPAIR, REBUILD, RELOCATE, MERGE, DEMOLISH;

    public String code() {
        return Codes.of(this);
    }

    static Optional<FacilityDecisionKind> parse(String code) {
        return Codes.parse(FacilityDecisionKind.class, code);
    }
}
