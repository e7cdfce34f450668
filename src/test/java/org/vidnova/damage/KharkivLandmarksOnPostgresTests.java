package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link KharkivLandmarksTests}, on a real PostgreSQL server. */
@OnPostgres
class KharkivLandmarksOnPostgresTests extends KharkivLandmarksTests {
}
