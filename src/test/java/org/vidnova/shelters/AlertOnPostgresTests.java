package org.vidnova.shelters;

import org.vidnova.OnPostgres;

/** The same tests as {@link AlertTests}, on a real PostgreSQL server. */
@OnPostgres
class AlertOnPostgresTests extends AlertTests {
}
