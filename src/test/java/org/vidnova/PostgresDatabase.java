package org.vidnova;

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
