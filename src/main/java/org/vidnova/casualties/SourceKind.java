package org.vidnova.casualties;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who keeps a list of victims: each kind misses different people, which is what estimation relies on. */
enum SourceKind {
    HOSPITAL, MORGUE, POLICE, EMERGENCY, NGO, MEDIA, OTHER;

    /** The lower-case code the API reads and writes. */
    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
