package org.vidnova.recovery;

import org.vidnova.OnPostgres;

/** The same tests as {@link FeedbackApiTests}, on a real PostgreSQL server. */
@OnPostgres
class FeedbackApiOnPostgresTests extends FeedbackApiTests {
}
