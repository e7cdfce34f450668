package org.vidnova.recovery;

import java.util.Optional;

import org.vidnova.web.Codes;

/** Whom a project's beneficiaries count: pupils, children (kindergarten places), hospital beds, households, people. */
public enum BeneficiaryKind {
    PUPILS, CHILDREN, BEDS, HOUSEHOLDS, PEOPLE;

    public String code() {
        return Codes.of(this);
    }

    static Optional<BeneficiaryKind> parse(String code) {
        return Codes.parse(BeneficiaryKind.class, code);
    }
}
