package org.vidnova.shelters;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.vidnova.disclosure.Disclosure;

/**
 * The disclosure policy applied to shelters read by the public: the kinds it hides are not listed, exported, found
 * nearest or shown one by one. Signed-in staff see every shelter.
 */
@Component
class PublicShelters {

    private final Disclosure disclosure;

    PublicShelters(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** The kinds the current caller may not see; empty for staff or when the policy hides none. */
    Set<ShelterKind> hiddenKinds() {
        return disclosure.forPublic().map(p -> p.hiddenShelterKinds().stream().map(ShelterKind::parse)
                .flatMap(java.util.Optional::stream).collect(Collectors.toSet())).orElse(Set.of());
    }

    boolean shown(Shelter s) {
        return shown().test(s);
    }

    /** Which shelters this caller may see, decided once for a whole list or export rather than per shelter. */
    java.util.function.Predicate<Shelter> shown() {
        Set<ShelterKind> hidden = hiddenKinds();
        return s -> !hidden.contains(s.kind());
    }
}
