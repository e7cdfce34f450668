package org.vidnova.reporting;

import org.vidnova.OnPostgres;

/** The same tests as {@link ReportArchiveTests}, on a real PostgreSQL server (TEXT and BYTEA columns, versions). */
@OnPostgres
class ReportArchiveOnPostgresTests extends ReportArchiveTests {
}
