package org.vidnova.shelters;

import org.vidnova.OnPostgres;

/** The same tests as {@link ResidentReportTests}, on a real PostgreSQL server. */
@OnPostgres
class ResidentReportOnPostgresTests extends ResidentReportTests {
}
