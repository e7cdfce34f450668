package org.vidnova.damage;

import java.util.Objects;

/**
 * A facility run by one institution over one or more buildings (a school with two blocks, a hospital campus), with
 * its capacity: pupils, children (kindergartens) or beds. Buildings name it by its external id in the same source.
 */
record Institution(long id, String source, String externalId, String name, BuildingUse use, Integer capacityPupils,
        Integer capacityChildren, Integer capacityBeds) {

    boolean sameAs(Institution o) {
        return name.equals(o.name()) && use == o.use() && Objects.equals(capacityPupils, o.capacityPupils())
                && Objects.equals(capacityChildren, o.capacityChildren())
                && Objects.equals(capacityBeds, o.capacityBeds());
    }

    Institution withId(long newId) {
        return new Institution(newId, source, externalId, name, use, capacityPupils, capacityChildren, capacityBeds);
    }
}
