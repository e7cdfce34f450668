package org.vidnova.casualties;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a list says happened to a person. */
enum ReportStatus {
    KILLED, INJURED, MISSING;

    /** The lower-case code the API reads and writes. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
