package org.vidnova.incidents;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the incident suites share: one application context (with the test listener of {@link IncidentEvents}),
 * MockMvc, the database, and the admin's password. Each suite keeps to its own years of incidents.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(IncidentEvents.class)
abstract class IncidentTestBase {

    static final String ADMIN = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    IncidentEvents events;

    @BeforeEach
    void forgetEvents() {
        events.clear();
    }
}
