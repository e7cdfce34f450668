package org.vidnova.casualties;

import org.vidnova.OnPostgres;

/** The same tests as {@link LinkageApiTests}, on a real PostgreSQL server. */
@OnPostgres
class LinkageApiOnPostgresTests extends LinkageApiTests {
}
