package org.vidnova.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.vidnova.web.FieldError;

/**
 * A proposed policy as an administrator wrote it (from JSON or the page's form), checked before anything changes:
 * every field is required, so that a decision is always a whole policy and never half of one.
 */
record PolicyDraft(Integer strikeDelayHours, String strikeLocation, List<String> hiddenShelterKinds,
        Integer smallestCount, String reason) {

    /** The shelter kinds of the register (shelters owns them; a typo here would hide nothing, so it is refused). */
    static final Set<String> SHELTER_KINDS = new TreeSet<>(Set.of("shelter", "metro", "basement", "parking", "other"));
    private static final Pattern REASON = Pattern.compile("\\S[\\s\\S]{4,999}");

    List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (strikeDelayHours == null || strikeDelayHours < 0 || strikeDelayHours > 8760) {
            errors.add(FieldError.of("strikeDelayHours", "must be a whole number from 0 to 8760"));
        }
        if (location() == null) {
            errors.add(FieldError.of("strikeLocation", "must be exact or district"));
        }
        if (hiddenShelterKinds == null) {
            errors.add(FieldError.of("hiddenShelterKinds", "must be a list of shelter kinds, possibly empty"));
        } else if (!SHELTER_KINDS.containsAll(hiddenShelterKinds)) {
            errors.add(FieldError.of("hiddenShelterKinds", "must name kinds among " + SHELTER_KINDS));
        }
        if (smallestCount == null || smallestCount < 1 || smallestCount > 100) {
            errors.add(FieldError.of("smallestCount", "must be a whole number from 1 to 100"));
        }
        if (reason == null || !REASON.matcher(reason.strip()).matches()) {
            errors.add(FieldError.of("reason", "must say why, in 5 to 1000 characters"));
        }
        return errors;
    }

    /** Records this checked draft (see {@link #errors()}) as the policy in force, through the transactional service. */
    DisclosurePolicy decideWith(Disclosure disclosure) {
        return disclosure.decide(strikeDelayHours, location(), Set.copyOf(hiddenShelterKinds), smallestCount,
                reason.strip());
    }

    StrikeLocation location() {
        for (StrikeLocation l : StrikeLocation.values()) {
            if (l.code().equals(strikeLocation)) {
                return l;
            }
        }
        return null;
    }
}
