package org.vidnova.damage;

import org.vidnova.OnPostgres;

/** The same tests as {@link DamageIndicatorsTests}, on a real PostgreSQL server. */
@OnPostgres
class DamageIndicatorsOnPostgresTests extends DamageIndicatorsTests {
}
