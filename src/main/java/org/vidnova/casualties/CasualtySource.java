package org.vidnova.casualties;

import java.time.Instant;

/** A list of victims kept by one institution: a hospital, a morgue, the police, an NGO, the press. */
record CasualtySource(String code, String name, SourceKind kind, Instant createdAt) {
}
