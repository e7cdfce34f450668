/**
 * Casualties: victim reports from many sources, linked into persons, counted and estimated. Its engines are plain
 * Java subpackages: {@code linkage} (who is the same person on two lists) and {@code estimation} (multiple systems
 * estimation: how many people no list holds, from how the lists overlap, with honest intervals). The module's
 * API answers {@code POST /api/v1/estimation/mse} for an analyst's own list-overlap table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casualties")
package org.vidnova.casualties;
