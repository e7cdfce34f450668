package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link CoeB15ExportTests}, on a real PostgreSQL server (its rows read through a cursor). */
@OnPostgres
class CoeB15ExportOnPostgresTests extends CoeB15ExportTests {
}
