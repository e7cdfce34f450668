/**
 * Damage: the register of buildings and their homes (housing units, registered residents, heritage status),
 * facilities (a building of a non-residential use, or several buildings of one institution with its capacity),
 * and assessments of each building over time by a commission, an inspector, a satellite interpretation or a
 * citizen, graded on one Vidnova scale through a versioned {@link org.vidnova.damage.Crosswalk}. Owns the tables
 * {@code damage_*}; answers imports (CSV, GeoJSON), listings, exports and the public indicators as of a day.
 * Links to incidents by id only. Publishes {@link org.vidnova.damage.BuildingAssessed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Damage")
package org.vidnova.damage;
