package org.vidnova.web;

import org.vidnova.OnPostgres;

/** The same tests as {@link ProblemDetailsTests}, on a real PostgreSQL server. */
@OnPostgres
class ProblemDetailsOnPostgresTests extends ProblemDetailsTests {
}
