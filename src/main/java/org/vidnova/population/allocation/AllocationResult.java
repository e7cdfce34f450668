package org.vidnova.population.allocation;

import java.util.List;

/**
 * What the allocator proposes: the placements in priority order, the households left waiting with why, and the total
 * score (the sum of the placements' scores, the quantity compared with an exact solver's best).
 */
public record AllocationResult(List<PlacementProposal> placements, List<Unplaced> waiting, double total) {

    /** A household the allocator could not place, and why. */
    public record Unplaced(long householdId, int rank, String why) {
    }
}
