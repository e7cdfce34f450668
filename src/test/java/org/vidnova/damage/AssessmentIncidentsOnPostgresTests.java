package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link AssessmentIncidentsTests}, on a real PostgreSQL server. */
@OnPostgres
class AssessmentIncidentsOnPostgresTests extends AssessmentIncidentsTests {
}
