package org.vidnova.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A household whose home is uninhabitable: personal data (the reference person, the home's unit, the contact and
 * the reason of an override). Only analysts read it, every read is audited, and neither logs, errors nor the audit
 * trail carry those fields' values. {@code stays} and {@code status} are codes ({@link HouseholdStay},
 * {@link HouseholdStatus}).
 */
record Household(long id, String referencePerson, int size, int children, int elderly, int disabled,
        long homeBuildingId, String homeUnit, String homeDistrict, String stays, Long siteId, String contact,
        Instant registeredAt, String status, String overrideReason, LocalDate placedOn, LocalDate movedOutOn) {

    /** The fields the audit trail names when they change but never holds. */
    static final Set<String> PERSONAL = Set.of("referencePerson", "homeUnit", "contact", "overrideReason");

    /** Every field but the id, by name. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("referencePerson", referencePerson);
        f.put("size", size);
        f.put("children", children);
        f.put("elderly", elderly);
        f.put("disabled", disabled);
        f.put("homeBuildingId", homeBuildingId);
        f.put("homeUnit", homeUnit);
        f.put("homeDistrict", homeDistrict);
        f.put("stays", stays);
        f.put("siteId", siteId);
        f.put("contact", contact);
        f.put("status", status);
        f.put("overrideReason", overrideReason);
        f.put("placedOn", placedOn);
        f.put("movedOutOn", movedOutOn);
        return f;
    }

    /** What the audit trail keeps of a change: the fields that changed, with the values of those not personal. */
    static Map<String, Object> auditChange(Household before, Household after) {
        Map<String, Object> change = new LinkedHashMap<>();
        Map<String, Object> b = before == null ? null : before.fields();
        after.fields().forEach((field, value) -> {
            if (b == null ? value == null : Objects.equals(b.get(field), value)) {
                return;
            }
            change.put(field, PERSONAL.contains(field) ? "(changed)" : value);
        });
        return change;
    }

}
