package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link EvidenceTests}, on a real PostgreSQL server (the bytes in a BYTEA column). */
@OnPostgres
class EvidenceOnPostgresTests extends EvidenceTests {
}
