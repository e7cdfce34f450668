package org.vidnova.recovery;

import java.util.Optional;

import org.vidnova.web.Codes;

/** OC4IDS projectType code list. */
public enum ProjectType {
    CONSTRUCTION, REHABILITATION, REPLACEMENT, EXPANSION, DECOMMISSIONING, MAINTENANCE;

    public String code() {
        return Codes.of(this);
    }

    static Optional<ProjectType> parse(String code) {
        return Codes.parse(ProjectType.class, code);
    }
}
