package org.vidnova.population;

import java.time.Instant;
import java.util.Map;

/**
 * One placement an allocation proposed, with its explanation and what a registrar decided: no personal data, only
 * the household's id and its people, so registrars review it. {@code finalSiteId} is where the household went (null
 * when an override left it waiting), {@code reason} the override's.
 */
record Placement(long id, long allocationId, long householdId, int size, String homeDistrict, long siteId,
        String siteName, int rank, double score, Map<String, Object> terms, String why, String state,
        Long finalSiteId, String reason, String decidedBy, Instant decidedAt) {
}
