package org.vidnova.population;

import org.vidnova.OnPostgres;

/** The same tests as {@link HouseholdApiTests}, on a real PostgreSQL server. */
@OnPostgres
class HouseholdApiOnPostgresTests extends HouseholdApiTests {
}
