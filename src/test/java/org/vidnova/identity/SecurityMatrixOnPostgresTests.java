package org.vidnova.identity;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vidnova.PostgresDatabase;

/** The same tests as {@link SecurityMatrixTests}, on a real PostgreSQL server. */
class SecurityMatrixOnPostgresTests extends SecurityMatrixTests {

    @BeforeAll
    static void requirePostgres() {
        PostgresDatabase.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}
