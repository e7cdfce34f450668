package org.vidnova.incidents;

import org.vidnova.OnPostgres;

/** The same tests as {@link CirKharkivTests}, on a real PostgreSQL server. */
@OnPostgres
class CirKharkivOnPostgresTests extends CirKharkivTests {
}
