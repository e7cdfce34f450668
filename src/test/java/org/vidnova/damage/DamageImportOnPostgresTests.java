package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link DamageImportTests}, on a real PostgreSQL server. */
@OnPostgres
class DamageImportOnPostgresTests extends DamageImportTests {
}
