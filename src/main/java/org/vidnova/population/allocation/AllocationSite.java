package org.vidnova.population.allocation;

/** A temporary site with its free places now. */
public record AllocationSite(long id, String district, int free, boolean accessible) {
}
