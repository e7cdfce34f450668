package org.vidnova.incidents;

import org.vidnova.OnPostgres;

/** The same tests as {@link IncidentImportTests}, on a real PostgreSQL server. */
@OnPostgres
class IncidentImportOnPostgresTests extends IncidentImportTests {
}
