package org.vidnova.population;

import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;

import tools.jackson.databind.JsonNode;

/**
 * What a registrar sends to register or correct a household, validated field by field: a problem names the field
 * and never repeats what was written (it may be a name). On a correction, absent fields keep their stored values.
 */
record HouseholdForm(String referencePerson, int size, int children, int elderly, int disabled, long homeBuildingId,
        String homeUnit, HouseholdStay stays, Long siteId, String contact, boolean override, String overrideReason) {

    static final int LARGEST = 30;

    static HouseholdForm of(Household h) {
        return new HouseholdForm(h.referencePerson(), h.size(), h.children(), h.elderly(), h.disabled(),
                h.homeBuildingId(), h.homeUnit(), Codes.parse(HouseholdStay.class, h.stays()).orElseThrow(),
                h.siteId(), h.contact(), h.overrideReason() != null, h.overrideReason());
    }

    /** Reads {@code body} over {@code base} (null when registering: then the required fields must be there). */
    static HouseholdForm read(JsonNode body, HouseholdForm base) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("body", "must be a JSON object");
        }
        String person = text(body, "referencePerson", base == null ? null : base.referencePerson(), 200);
        if (person == null) {
            throw ApiProblem.badRequest("referencePerson", "is required (at most 200 characters)");
        }
        int size = count(body, "size", base == null ? null : base.size(), 1);
        int children = count(body, "children", base == null ? 0 : base.children(), 0);
        int elderly = count(body, "elderly", base == null ? 0 : base.elderly(), 0);
        int disabled = count(body, "disabled", base == null ? 0 : base.disabled(), 0);
        if (children + elderly > size) {
            throw ApiProblem.badRequest("children", "with elderly is more than the household's size");
        }
        if (disabled > size) {
            throw ApiProblem.badRequest("disabled", "is more than the household's size");
        }
        JsonNode building = body.get("homeBuildingId");
        long homeBuildingId;
        if (building == null || building.isNull()) {
            if (base == null) {
                throw ApiProblem.badRequest("homeBuildingId", "is required: the building of the damage register");
            }
            homeBuildingId = base.homeBuildingId();
        } else if (building.canConvertToLong() && building.isIntegralNumber()) {
            homeBuildingId = building.asLong();
        } else {
            throw ApiProblem.badRequest("homeBuildingId", "must be a building id of the damage register");
        }
        String unit = text(body, "homeUnit", base == null ? null : base.homeUnit(), 32);
        HouseholdStay stays = base == null ? HouseholdStay.UNKNOWN : base.stays();
        if (body.has("stays")) {
            stays = Codes.parse(HouseholdStay.class, body.path("stays").asString("")).orElseThrow(() -> ApiProblem
                    .badRequest("stays", "must be one of " + Codes.list(HouseholdStay.class)));
        }
        Long siteId = base == null ? null : base.siteId();
        if (body.has("siteId")) {
            JsonNode s = body.get("siteId");
            if (!s.isNull() && !s.isIntegralNumber()) {
                throw ApiProblem.badRequest("siteId", "must be a temporary site's id");
            }
            siteId = s.isNull() ? null : s.asLong();
        }
        if (stays != HouseholdStay.TEMPORARY_SITE) {
            siteId = null;
        } else if (siteId == null) {
            throw ApiProblem.badRequest("siteId", "is required when the household stays at a temporary site");
        }
        String contact = text(body, "contact", base == null ? null : base.contact(), 200);
        boolean override = body.has("override") ? body.path("override").asBoolean(false)
                : base != null && base.override();
        String reason = text(body, "overrideReason", base == null ? null : base.overrideReason(), 500);
        return new HouseholdForm(person, size, children, elderly, disabled, homeBuildingId, unit, stays, siteId,
                contact, override, override ? reason : null);
    }

    private static String text(JsonNode body, String field, String kept, int longest) {
        if (!body.has(field)) {
            return kept;
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApiProblem.badRequest(field, "must be text");
        }
        String value = node.asString().strip();
        if (value.length() > longest) {
            throw ApiProblem.badRequest(field, "is longer than " + longest + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static int count(JsonNode body, String field, Integer kept, int least) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (kept == null) {
                throw ApiProblem.badRequest(field, "is required (" + least + " to " + LARGEST + ")");
            }
            return kept;
        }
        if (!node.isIntegralNumber() || node.asInt() < least || node.asInt() > LARGEST) {
            throw ApiProblem.badRequest(field, "must be a whole number from " + least + " to " + LARGEST);
        }
        return node.asInt();
    }
}
