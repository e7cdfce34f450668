package org.vidnova.identity;

import org.vidnova.OnPostgres;

/** The same tests as {@link SecurityMatrixTests}, on a real PostgreSQL server. */
@OnPostgres
class SecurityMatrixOnPostgresTests extends SecurityMatrixTests {
}
