/**
 * Incidents: the register of strikes (time, place, type, source, casualty counts, verification), imports (CSV,
 * ACLED and CIR exports), open exports, and each district's time series, answered from an aggregate table kept in
 * step with every change. Publishes {@link org.vidnova.incidents.IncidentRecorded},
 * {@link org.vidnova.incidents.IncidentChanged} and {@link org.vidnova.incidents.IncidentDeleted} so other modules
 * can link to an incident by its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package org.vidnova.incidents;
