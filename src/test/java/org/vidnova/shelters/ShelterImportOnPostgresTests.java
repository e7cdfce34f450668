package org.vidnova.shelters;

import org.vidnova.OnPostgres;

/** The same tests as {@link ShelterImportTests}, on a real PostgreSQL server. */
@OnPostgres
class ShelterImportOnPostgresTests extends ShelterImportTests {
}
