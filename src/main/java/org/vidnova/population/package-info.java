/**
 * Population: the city's people as they leave and return. The flows half: household registrations by social
 * services and aggregate counts from external sources (imports), their daily sums per district and direction, the
 * present-population estimate with its interval ({@link org.vidnova.population.estimate}), returns against the
 * housing and shelter capacity, and the public {@link org.vidnova.population.PopulationFigures}. Owns the tables
 * {@code population_*}. Reads districts (geo), habitable homes (damage) and open shelters (shelters) through their
 * facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Population")
package org.vidnova.population;
