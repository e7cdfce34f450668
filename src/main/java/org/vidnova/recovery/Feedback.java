package org.vidnova.recovery;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resident's comment or complaint on a project, and its moderation: {@code waiting}, then {@code published}
 * (with the city's answer, when given) or {@code rejected} (with the reason). Nothing about the sender is kept.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record Feedback(long id, long projectId, String projectTitle, String kind, String text, String language,
        String status, Instant receivedAt, Instant moderatedAt, String moderatedBy, String rejectReason,
        String answer) {

    /** What the public sees of a published item: no moderator, no reason. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Published(long id, String kind, String text, String language, Instant receivedAt, String answer,
            Instant answeredAt) {

        public String idText() {
            return String.valueOf(id);
        }

        /** The day it was received, in Kyiv. */
        public String receivedOn() {
            return day(receivedAt);
        }
    }

    static String day(Instant at) {
        return at == null ? "" : at.atZone(java.time.ZoneId.of("Europe/Kyiv")).toLocalDate().toString();
    }

    public String receivedOn() {
        return day(receivedAt);
    }

    Published published() {
        return new Published(id, kind, text, language, receivedAt, answer, answer == null ? null : moderatedAt);
    }

    public String idText() {
        return String.valueOf(id);
    }

    public String projectIdText() {
        return String.valueOf(projectId);
    }
}
