package org.vidnova.casualties;

import org.vidnova.OnPostgres;

/** The same tests as {@link VictimReportTests}, on a real PostgreSQL server. */
@OnPostgres
class VictimReportOnPostgresTests extends VictimReportTests {
}
