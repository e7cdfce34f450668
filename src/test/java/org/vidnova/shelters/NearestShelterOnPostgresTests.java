package org.vidnova.shelters;

import org.vidnova.OnPostgres;

/** The same tests as {@link NearestShelterTests}, on a real PostgreSQL server. */
@OnPostgres
class NearestShelterOnPostgresTests extends NearestShelterTests {
}
