/**
 * The city and its 9 districts (KATOTTH codes, names in uk/en/ru and pre-2016 names, area, pre-war population),
 * point-in-district lookup, GeoJSON out, and the 30 metro stations. Other modules use
 * {@link org.vidnova.geo.Districts} and {@link org.vidnova.geo.MetroStations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.vidnova.geo;
