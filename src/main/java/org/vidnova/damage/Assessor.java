package org.vidnova.damage;

import java.util.Optional;

import org.vidnova.web.Codes;

/**
 * Who assessed a building, in the order of precedence of the current-state rule: a commission's act (the legal
 * record) over an engineer-inspector's survey, over a satellite image interpretation, over a citizen's report.
 */
public enum Assessor {
    COMMISSION(1), INSPECTOR(2), SATELLITE(3), CITIZEN(4);

    private final int rank;

    Assessor(int rank) {
        this.rank = rank;
    }

    /** 1 (wins) to 4; stored as {@code assessor_rank} so an index can order by it. */
    public int rank() {
        return rank;
    }

    static Optional<Assessor> parse(String code) {
        return Codes.parse(Assessor.class, code);
    }
}
