package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link StreamingExportTests}, on a real PostgreSQL server. */
@OnPostgres
class StreamingExportOnPostgresTests extends StreamingExportTests {
}
