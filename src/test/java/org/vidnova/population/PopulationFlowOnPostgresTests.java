package org.vidnova.population;

import org.vidnova.OnPostgres;

/** The same tests as {@link PopulationFlowTests}, on a real PostgreSQL server. */
@OnPostgres
class PopulationFlowOnPostgresTests extends PopulationFlowTests {
}
