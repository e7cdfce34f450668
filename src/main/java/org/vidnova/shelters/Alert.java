package org.vidnova.shelters;

import java.time.Instant;
import java.util.List;

/**
 * A district alert. {@code districts} are KATOTTH codes (all nine when {@code wholeCity}); {@code endedAt} is
 * null while the alert is active. Who raised it stays in the audit trail, not in the public record.
 */
public record Alert(long id, AlertType type, boolean wholeCity, List<String> districts, Instant raisedAt,
        Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }
}
