/**
 * Shelters and metro stations: the register, imports, the nearest open shelter (from an in-memory index kept in
 * step with every change), coverage gaps per district, residents' reports, and district alerts (SSE, CAP 1.2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shelters")
package org.vidnova.shelters;
