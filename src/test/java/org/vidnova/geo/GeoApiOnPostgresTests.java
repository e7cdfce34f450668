package org.vidnova.geo;

import org.vidnova.OnPostgres;

/** The same tests as {@link GeoApiTests}, on a real PostgreSQL server. */
@OnPostgres
class GeoApiOnPostgresTests extends GeoApiTests {
}
