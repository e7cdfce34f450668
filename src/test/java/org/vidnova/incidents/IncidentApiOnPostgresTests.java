package org.vidnova.incidents;

import org.vidnova.OnPostgres;

/** The same tests as {@link IncidentApiTests}, on a real PostgreSQL server. */
@OnPostgres
class IncidentApiOnPostgresTests extends IncidentApiTests {
}
