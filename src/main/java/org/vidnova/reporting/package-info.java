/**
 * What the public sees: the dashboard (home page), situation reports and open-data exports. It reads the other
 * modules through their public services and shows aggregates only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.vidnova.reporting;
