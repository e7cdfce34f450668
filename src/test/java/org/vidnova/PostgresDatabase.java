package org.vidnova;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server given by {@code VIDNOVA_TEST_PG_URL} (a JDBC URL with user and password), started by
 * {@code scripts/pg-test-cluster.sh}. Tests on it skip where it is not set, and fail when {@code CI=true}.
 */
public final class PostgresDatabase {

    public static final String URL = System.getenv("VIDNOVA_TEST_PG_URL");

    private PostgresDatabase() {
    }

    public static void require() {
        RequiredInCi.require(URL != null && !URL.isBlank(), "PostgreSQL (VIDNOVA_TEST_PG_URL)");
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> queryParam("user"));
        registry.add("spring.datasource.password", () -> queryParam("password"));
        // Every cached test context keeps its pool open: let each hold one idle connection, not ten, so that all
        // the suites that run on PostgreSQL fit within its default of 100 connections.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    /** Skips (or, under CI=true, fails) a test class before its context starts when there is no server. */
    static final class Required implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            require();
        }
    }

    /** Points the test context's data source at the server. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Properties {
        @Bean
        static DynamicPropertyRegistrar postgresProperties() {
            return PostgresDatabase::register;
        }
    }

    private static String queryParam(String name) {
        int q = URL.indexOf('?');
        if (q >= 0) {
            for (String pair : URL.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals(name) && kv.length == 2) {
                    return kv[1];
                }
            }
        }
        return "";
    }
}
