package org.vidnova.recovery;

import org.vidnova.OnPostgres;

/** The same tests as {@link FacilityDecisionApiTests}, on a real PostgreSQL server. */
@OnPostgres
class FacilityDecisionApiOnPostgresTests extends FacilityDecisionApiTests {
}
