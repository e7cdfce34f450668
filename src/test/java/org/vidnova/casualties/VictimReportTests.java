package org.vidnova.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists of victims: an analyst defines a list, a registrar imports it (idempotent, bad rows reported by line and
 * field without echoing what was written), an analyst reads it, and the audit trail records writes and reads
 * without names. Every test uses a list of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VictimReportTests {

    static final String ADMIN = "test-admin-password-1234";
    static final String HEADER = "source_record_id,family_name,given_name,patronymic,sex,birth_date,age,status,"
            + "event_date,district,lat,lon,notes\n";
    static final String SALTIVSKYI = "UA63120270010315719";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    String source;

    @BeforeEach
    void newList() throws Exception {
        source = "h" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/casualties/sources").with(user("ivan").roles("ANALYST"))
                        .contentType("application/json")
                        .content("{\"code\":\"" + source + "\",\"name\":\"Hospital No. 4\",\"kind\":\"hospital\"}"))
                .andExpect(status().isCreated());
    }

    private ResultActions importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/v1/casualties/sources/" + source + "/imports")
                .with(httpBasic("admin", ADMIN)).contentType("text/csv").content(csv));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aListInThreeScriptsImportsAndItsBadRowsAreNamedByLineAndField() throws Exception {
        String csv = HEADER
                + "r1,Коваленко,Олександр,Іванович,M,1970-03-02,52,killed,2022-03-01,Московський район,,,\n"
                + "r2,Коваленко,Александр,Иванович,M,1970,,killed,2022-03-01,Салтовский район,,,\n"
                + "r3,Kovalenko,Oleksandr,,m,,52,injured,2022-03-02,Saltivskyi,,,\n"
                + "r4,Шевченко,Наталія,,X,,,killed,2022-03-03,,,,\n"
                + "r5,Шевченко,Наталья,,F,1980-13-40,,killed,2022-03-03,,,,\n"
                + "r6,Бондаренко,Ігор,,M,1990-01-01,55,killed,2022-03-03,,,,\n"
                + "r7,Бондаренко,Игорь,,M,,,dead,2022-03-03,Атлантида,,,\n"
                + "r1,Коваленко,Олександр,,M,,,killed,,,,,\n"
                + "r8,,,,,,,missing,2022-03-04,,50.0047,36.2314,\n";
        JsonNode report = body(importCsv(csv).andExpect(status().isOk()));
        assertThat(report.get("accepted").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(errors(report)).contains("5:sex", "6:birth_date", "7:age", "8:status", "8:district",
                "9:source_record_id");
        // Nothing the list said is repeated back: names may be in any field.
        String text = report.toString();
        for (String name : List.of("Шевченко", "Бондаренко", "Атлантида", "Коваленко", "dead", "1980-13-40")) {
            assertThat(text).doesNotContain(name);
        }
        // A row without a name is kept, with a warning that it cannot be linked.
        assertThat(report.toString()).contains("cannot be linked");

        JsonNode listed = body(mvc.perform(get("/api/v1/casualties/reports").param("source", source)
                .with(user("ivan").roles("ANALYST"))).andExpect(status().isOk()));
        assertThat(listed.get("total").asInt()).isEqualTo(4);
        JsonNode r1 = listed.get("items").get(0);
        assertThat(r1.get("sourceRecordId").asString()).isEqualTo("r1");
        assertThat(r1.get("familyName").asString()).isEqualTo("Коваленко");
        assertThat(r1.get("birthDate").asString()).isEqualTo("1970-03-02");
        assertThat(r1.get("birthYear").asInt()).isEqualTo(1970);
        // Old Ukrainian, Russian and English names of Saltivskyi all resolve to its code.
        for (JsonNode item : listed.get("items")) {
            if (List.of("r1", "r2", "r3").contains(item.get("sourceRecordId").asString())) {
                assertThat(item.get("districtCode").asString()).isEqualTo(SALTIVSKYI);
            }
        }
        JsonNode r2 = listed.get("items").get(1);
        assertThat(r2.hasNonNull("birthDate")).isFalse();
        assertThat(r2.get("birthYear").asInt()).isEqualTo(1970);
        // The nameless report's district comes from its coordinates.
        JsonNode r8 = listed.get("items").get(3);
        assertThat(r8.get("sourceRecordId").asString()).isEqualTo("r8");
        assertThat(r8.hasNonNull("districtCode")).isTrue();
    }

    private static List<String> errors(JsonNode report) {
        return report.get("errors").valueStream()
                .map(e -> e.get("line").asInt() + ":" + e.get("field").asString()).toList();
    }

    @Test
    void importingTheSameListTwiceChangesNothingAndAChangedRowIsUpdated() throws Exception {
        String csv = HEADER
                + "a1,Мельник,Олена,Петрівна,F,1985-05-05,36,killed,2022-03-07,Шевченківський,,,\n"
                + "a2,Мельник,Петро,,M,,40,injured,2022-03-07,,,,\n";
        importCsv(csv).andExpect(jsonPath("$.created").value(2));
        importCsv(csv).andExpect(jsonPath("$.unchanged").value(2)).andExpect(jsonPath("$.created").value(0));
        importCsv(csv.replace("40,injured", "40,killed"))
                .andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casualties_report WHERE source_code = :s").param("s", source)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUnreadableFileChangesNothing() throws Exception {
        importCsv(HEADER + "b1,Ткаченко,Іван,,M,,,killed,2022-03-08,,,,\n").andExpect(status().isOk());
        importCsv("name;status\nІван;killed\n").andExpect(status().isBadRequest());
        importCsv(HEADER.replace("status,", "") + "b2,Ткаченко,Марія,,F,,,2022-03-08,,,,\n")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casualties_report WHERE source_code = :s").param("s", source)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAuditTrailRecordsWritesAndReadsButNeverTheNames() throws Exception {
        importCsv(HEADER + "c1,Гончаренко,Андрій,,M,1975-07-07,46,killed,2022-03-09,,,,shrapnel wound\n")
                .andExpect(status().isOk());
        importCsv(HEADER + "c1,Гончаренко,Андрій,Васильович,M,1975-07-07,46,killed,2022-03-09,,,,shrapnel wound\n")
                .andExpect(jsonPath("$.updated").value(1));
        mvc.perform(get("/api/v1/casualties/reports").param("source", source).with(user("ivan").roles("ANALYST")))
                .andExpect(status().isOk());
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR(20)) FROM casualties_report WHERE source_code = :s")
                .param("s", source).query(String.class).single();
        List<String> writes = jdbc.sql("SELECT action || ' ' || change_json FROM audit_entry"
                        + " WHERE entity_type = 'casualties.report' AND entity_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0)).startsWith("CREATE").contains("\"status\":\"killed\"");
        assertThat(writes.get(1)).startsWith("UPDATE").contains("\"patronymic\":\"(changed)\"")
                .doesNotContain("familyName");
        List<String> reads = jdbc.sql("SELECT actor || ' ' || change_json FROM audit_entry"
                        + " WHERE entity_type = 'casualties.report' AND action = 'READ' AND change_json LIKE :s")
                .param("s", "%" + source + "%").query(String.class).list();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).startsWith("ivan ").contains("\"shown\":[" + id + "]");
        String all = jdbc.sql("SELECT COALESCE(change_json, '') FROM audit_entry WHERE entity_type LIKE 'casualties%'")
                .query(String.class).list().toString();
        for (String personal : List.of("Гончаренко", "Андрій", "Васильович", "1975-07-07", "shrapnel")) {
            assertThat(all).doesNotContain(personal);
        }
    }

    @Test
    void onlyAnalystsReadReportsAndDefineListsAndOnlyRegistrarsImport() throws Exception {
        mvc.perform(get("/api/v1/casualties/reports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/casualties/reports").with(user("olena").roles("REGISTRAR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/casualties/sources").with(user("olena").roles("REGISTRAR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/casualties/sources/" + source + "/imports").with(user("ivan").roles("ANALYST"))
                .contentType("text/csv").content(HEADER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/casualties/sources/no-such-list/imports").with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content(HEADER)).andExpect(status().isNotFound());
    }

    @Test
    void aListIsDefinedOnceWithAKnownKind() throws Exception {
        var analyst = user("ivan").roles("ANALYST");
        mvc.perform(post("/api/v1/casualties/sources").with(analyst).contentType("application/json")
                        .content("{\"code\":\"" + source + "\",\"name\":\"Again\",\"kind\":\"hospital\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/casualties/sources").with(analyst).contentType("application/json")
                        .content("{\"code\":\"x" + source + "\",\"name\":\"Rumours\",\"kind\":\"gossip\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/casualties/sources").with(analyst))
                .andExpect(jsonPath("$[?(@.code == '" + source + "')].kind").value("hospital"));
    }

    @Test
    void aRowWithAStraySeparatorIsRefusedNotShifted() throws Exception {
        // An unquoted comma in the notes would move every later value one column on.
        JsonNode report = body(importCsv(HEADER
                + "s1,Литвиненко,Оксана,,F,1990-02-02,32,killed,2022-03-10,,,,\n"
                + "s2,Литвиненко,Ірина,,F,,,killed,2022-03-10,,50.0,36.2,found, later\n"));
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(errors(report)).containsExactly("3:row");
        assertThat(report.toString()).contains("14 cells").doesNotContain("later");
    }
}
