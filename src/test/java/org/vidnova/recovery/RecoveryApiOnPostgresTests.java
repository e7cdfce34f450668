package org.vidnova.recovery;

import org.vidnova.OnPostgres;

/** The same tests as {@link RecoveryApiTests}, on a real PostgreSQL server. */
@OnPostgres
class RecoveryApiOnPostgresTests extends RecoveryApiTests {
}
