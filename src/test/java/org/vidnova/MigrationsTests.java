package org.vidnova;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Every migration applies on the embedded H2 database and yields the tables each module owns. */
@SpringBootTest
@ActiveProfiles("test")
class MigrationsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void allMigrationsSucceededOnH2() {
        List<Boolean> results = jdbc.sql("SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
                .query(Boolean.class).list();
        assertThat(results).hasSizeGreaterThanOrEqualTo(2).doesNotContain(false);
        List<String> tables = jdbc.sql("""
                SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'""")
                .query(String.class).list();
        assertThat(tables).contains("event_publication", "identity_user", "identity_user_role", "audit_entry",
                "geo_district", "geo_metro_station");
    }
}
