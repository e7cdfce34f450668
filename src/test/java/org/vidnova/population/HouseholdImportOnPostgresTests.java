package org.vidnova.population;

import org.vidnova.OnPostgres;

/** The same tests as {@link HouseholdImportTests}, on a real PostgreSQL server. */
@OnPostgres
class HouseholdImportOnPostgresTests extends HouseholdImportTests {
}
