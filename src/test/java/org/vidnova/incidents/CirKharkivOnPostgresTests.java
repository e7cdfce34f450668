package org.vidnova.incidents;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vidnova.PostgresDatabase;

/** The same tests as {@link CirKharkivTests}, on a real PostgreSQL server. */
class CirKharkivOnPostgresTests extends CirKharkivTests {

    @BeforeAll
    static void requirePostgres() {
        PostgresDatabase.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
