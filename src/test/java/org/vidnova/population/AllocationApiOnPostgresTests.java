package org.vidnova.population;

import org.vidnova.OnPostgres;

/** The same tests as {@link AllocationApiTests}, on a real PostgreSQL server. */
@OnPostgres
class AllocationApiOnPostgresTests extends AllocationApiTests {
}
