package org.vidnova.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditTrailTests {

    static final String ADMIN_PASSWORD = "test-admin-password-1234";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    @Test
    void creatingAUserWritesAnAuditRowWithTheActorAndNoPassword() throws Exception {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","password":"secret-password-9876","roles":["REGISTRAR"]}"""
                                .formatted(username)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/audit").param("entity", "user").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].entityType").value("user"))
                .andExpect(jsonPath("$[0].change", containsString(username)))
                .andExpect(content().string(not(containsString("secret-password-9876"))));
    }

    @Test
    void referenceDataLoadedOnFirstStartIsAuditedAsTheSystem() throws Exception {
        mvc.perform(get("/api/v1/audit").param("entity", "district").param("since", "2000-01-01T00:00:00Z")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(9))
                .andExpect(jsonPath("$[*].actor", hasItem("system")));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditRow() {
        long rows = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
        assertThat(rows).isPositive();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory'").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'mallory'").query(Long.class).single())
                .isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        // A change and its audit row must commit together; an audit row on its own would be a lie.
        assertThatThrownBy(() -> trail.record("x", "1", AuditAction.CREATE, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> trail.recordAll("x", java.util.List.of(new AuditTrail.Change("1", AuditAction.CREATE,
                null)))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void auditFiltersAreValidated() throws Exception {
        mvc.perform(get("/api/v1/audit").param("since", "yesterday").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
    }
}
