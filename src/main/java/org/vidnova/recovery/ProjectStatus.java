package org.vidnova.recovery;

import java.util.Optional;

import org.vidnova.web.Codes;

/**
 * OC4IDS projectStatus code list, in its order. From {@link #IMPLEMENTATION} on, work is under way: a project
 * touching heritage gets there only with a recorded conservation approval.
 */
public enum ProjectStatus {
    IDENTIFICATION, PREPARATION, IMPLEMENTATION, COMPLETION, COMPLETED, CANCELLED;

    public String code() {
        return Codes.of(this);
    }

    /** Work has started (or is done): the heritage gate applies. */
    boolean underWay() {
        return this == IMPLEMENTATION || this == COMPLETION || this == COMPLETED;
    }

    /** Not yet funded nor started: what the portfolio optimiser chooses among. */
    boolean candidate() {
        return this == IDENTIFICATION || this == PREPARATION;
    }

    static Optional<ProjectStatus> parse(String code) {
        return Codes.parse(ProjectStatus.class, code);
    }
}
