package org.vidnova;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every migration applies on PostgreSQL and yields the tables each module owns. */
@SpringBootTest
@ActiveProfiles("test")
@OnPostgres
class MigrationsOnPostgresTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void allMigrationsSucceededOnPostgres() {
        assertThat(jdbc.sql("SELECT version() ").query(String.class).single()).startsWith("PostgreSQL");
        List<Boolean> results = jdbc.sql("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL")
                .query(Boolean.class).list();
        assertThat(results).isNotEmpty().doesNotContain(false);
        assertThat(tables()).contains("event_publication", "identity_user", "identity_user_role", "audit_entry",
                "geo_district", "geo_metro_station");
    }

    private List<String> tables() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                .query(String.class).list();
    }
}
