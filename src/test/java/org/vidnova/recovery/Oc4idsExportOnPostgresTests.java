package org.vidnova.recovery;

import org.vidnova.OnPostgres;

/** The same tests as {@link Oc4idsExportTests}, on a real PostgreSQL server. */
@OnPostgres
class Oc4idsExportOnPostgresTests extends Oc4idsExportTests {
}
