package org.vidnova.damage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the damage suites share: one application context (with a listener remembering {@link BuildingAssessed}),
 * MockMvc, the database, uploads as the admin. Each test imports into sources of its own; indicators are compared
 * before and after, as other tests' buildings share the city.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DamageTestBase.Events.class)
abstract class DamageTestBase {

    static final String ADMIN = "test-admin-password-1234";
    static final String BUILDINGS = "external_id,address,lat,lon,use,name,floors,housing_units,residents,year_built,"
            + "heritage";
    static final String ASSESSMENTS = "external_id,building_source,building_external_id,assessed_on,assessor,"
            + "native_class,units_damaged,units_destroyed,habitable,rebuildable,incident_id,notes";
    static final String SHEVCHENKIVSKYI = "UA63120270010948820";

    /** Remembers the events published. */
    static class Events {
        final List<BuildingAssessed> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void assessed(BuildingAssessed event) {
            seen.add(event);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Events events;

    @BeforeEach
    void forgetEvents() {
        events.seen.clear();
    }

    static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions upload(String path, String source, String fileName, String type, byte[] body) throws Exception {
        return mvc.perform(multipart("/api/v1/damage/" + path + "/imports")
                .file(new MockMultipartFile("file", fileName, type, body)).param("source", source)
                .with(httpBasic("admin", ADMIN)));
    }

    ResultActions buildings(String source, String csv) throws Exception {
        return upload("buildings", source, "buildings.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    ResultActions assessments(String source, String csv) throws Exception {
        return upload("assessments", source, "assessments.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    long buildingId(String source, String externalId) {
        return jdbc.sql("SELECT id FROM damage_building WHERE source = :s AND external_id = :e").param("s", source)
                .param("e", externalId).query(Long.class).single();
    }

    long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type LIKE 'damage_%'").query(Long.class)
                .single();
    }
}
