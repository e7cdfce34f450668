package org.vidnova.audit;

import org.vidnova.OnPostgres;

/** The same tests as {@link AuditTrailTests}, on a real PostgreSQL server. */
@OnPostgres
class AuditTrailOnPostgresTests extends AuditTrailTests {
}
