package org.vidnova.population.allocation;

/** A waiting household as the allocator sees it: no name, its people, its home district, how long it has waited. */
public record AllocationHousehold(long id, int size, int children, int elderly, int disabled, String homeDistrict,
        long waitingDays) {

    public AllocationHousehold {
        if (size < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
    }

    /** People who make the household vulnerable: children, elderly and people with disabilities. */
    public int vulnerable() {
        return children + elderly + disabled;
    }
}
