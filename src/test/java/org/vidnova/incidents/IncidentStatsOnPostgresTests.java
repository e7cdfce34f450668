package org.vidnova.incidents;

import org.vidnova.OnPostgres;

/** The same tests as {@link IncidentStatsTests}, on a real PostgreSQL server. */
@OnPostgres
class IncidentStatsOnPostgresTests extends IncidentStatsTests {
}
