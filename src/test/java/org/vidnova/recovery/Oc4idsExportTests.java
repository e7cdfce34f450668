package org.vidnova.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OC4IDS export: validated against the official OC4IDS 0.9.3 project-package schema (committed under
 * src/test/resources/oc4ids, resolved from the classpath), and mapping what the register holds.
 */
class Oc4idsExportTests extends RecoveryTestBase {

    static final String SCHEMA_BASE = "https://standard.open-contracting.org/infrastructure/schema/0__9__3/";
    /** Draft 4, knowing OC4IDS's own annotation keywords (they document code lists and merging, never validate). */
    static final Dialect OC4IDS_DRAFT_4 = Dialect.builder(Dialects.getDraft4())
            .keywords(Stream.of("codelist", "openCodelist", "versionId", "wholeListMerge")
                    .map(NonValidationKeyword::new).toList())
            .build();
    static final Schema PACKAGE_SCHEMA = SchemaRegistry
            .withDefaultDialect(OC4IDS_DRAFT_4,
                    b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMA_BASE, "classpath:oc4ids/")))
            .getSchema(SchemaLocation.of(SCHEMA_BASE + "project-package-schema.json"));

    static List<String> errors(JsonNode pkg) {
        List<String> messages = new ArrayList<>();
        for (Error e : PACKAGE_SCHEMA.validate(pkg)) {
            messages.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return messages;
    }

    JsonNode exported() throws Exception {
        String body = mvc.perform(get(Oc4idsExport.PATH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    static JsonNode project(JsonNode pkg, String id) {
        for (JsonNode p : pkg.get("projects")) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no project " + id + " in the package");
    }

    String projectsWithDetails(String source) throws Exception {
        importCsv(source, HEADER
                + "T1,Школа №1: відновлення,rehabilitation,identification,,12000000,450 pupils,S1\n"
                + "T2,Будинок на пл. Конституції: догляд,maintenance,preparation,,30000000,,M1;Z1\n"
                + "T3,Школа №1: нова будівля,replacement,identification,,50000000,,S1\n")
                .andExpect(status().isOk());
        mvc.perform(patch("/api/v1/recovery/projects/" + projectId(source, "T1"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status":"implementation","spent":1000000,"progress":10,
                         "funding":[{"kind":"city","amount":4000000},{"kind":"donor","funder":"ЄІБ","amount":8000000}],
                         "milestones":[{"title":"Проєкт","dueOn":"2027-03-01","doneOn":"2027-02-20"},
                                       {"title":"Дах","dueOn":"2027-09-01"}],
                         "documents":[{"title":"Кошторис","url":"https://example.org/k.pdf"}]}""")
                .with(planner())).andExpect(status().isOk());
        return source;
    }

    @Test
    void theExportIsAValidOc4idsPackage() throws Exception {
        projectsWithDetails(source());
        JsonNode pkg = exported();
        assertThat(errors(pkg)).isEmpty();
        assertThat(pkg.get("version").asString()).isEqualTo("0.9");
        assertThat(pkg.get("uri").asString()).endsWith(Oc4idsExport.PATH);
        assertThat(pkg.get("publisher").get("name").asString()).isNotBlank();
        assertThat(pkg.get("license").asString()).isEqualTo("https://spdx.org/licenses/CC-BY-4.0.html");
    }

    @Test
    void eachProjectCarriesWhatTheRegisterHolds() throws Exception {
        String source = projectsWithDetails(source());
        long t1 = projectId(source, "T1");
        JsonNode pkg = exported();
        JsonNode p = project(pkg, "oc4ids-vidnova-" + t1);
        assertThat(p.get("title").asString()).isEqualTo("Школа №1: відновлення");
        assertThat(p.get("status").asString()).isEqualTo("implementation");
        assertThat(p.get("type").asString()).isEqualTo("rehabilitation");
        assertThat(p.get("identifiers").get(0).get("scheme").asString()).isEqualTo(source);
        assertThat(p.get("identifiers").get(0).get("id").asString()).isEqualTo("T1");
        assertThat(p.get("sector").get(0).asString()).isEqualTo("education");
        JsonNode point = null;
        for (JsonNode l : p.get("locations")) {
            point = l.has("geometry") ? l.get("geometry") : point;
        }
        assertThat(point.get("type").asString()).isEqualTo("Point");
        assertThat(point.get("coordinates").get(0).asDouble()).isEqualTo(36.31);
        assertThat(point.get("coordinates").get(1).asDouble()).isEqualTo(50.03);
        assertThat(p.get("budget").get("amount").get("amount").asLong()).isEqualTo(12_000_000);
        assertThat(p.get("budget").get("amount").get("currency").asString()).isEqualTo("UAH");
        JsonNode donor = p.get("budget").get("budgetBreakdown").get(1);
        assertThat(donor.get("amount").get("amount").asLong()).isEqualTo(8_000_000);
        assertThat(donor.get("sourceParty").get("name").asString()).isEqualTo("ЄІБ");
        assertThat(p.get("parties")).hasSize(2);
        assertThat(p.get("parties").get(1).get("roles").toString()).contains("funder");
        assertThat(p.get("metrics").get(0).get("observations").get(0).get("value").get("amount").asLong())
                .isEqualTo(1_000_000);
        assertThat(p.get("metrics").get(1).get("observations").get(0).get("measure").asInt()).isEqualTo(10);
        assertThat(p.get("milestones").get(0).get("status").asString()).isEqualTo("met");
        assertThat(p.get("milestones").get(1).get("status").asString()).isEqualTo("scheduled");
        assertThat(p.get("period").get("endDate").asString()).startsWith("2027-09-01T00:00");
        assertThat(p.get("documents").get(0).get("url").asString()).isEqualTo("https://example.org/k.pdf");
        // T3 concerns the same school building: a related project, as OC4IDS means it.
        assertThat(p.get("relatedProjects").get(0).get("identifier").asString())
                .isEqualTo("oc4ids-vidnova-" + projectId(source, "T3"));
        // OC4IDS 0.9.3 has no "maintenance" type: it is a classification, not a forced code.
        JsonNode t2 = project(pkg, "oc4ids-vidnova-" + projectId(source, "T2"));
        assertThat(t2.has("type")).isFalse();
        assertThat(t2.get("additionalClassifications").get(0).get("id").asString()).isEqualTo("maintenance");
        // Nothing personal: the planner who edited it is not published.
        assertThat(pkg.toString()).doesNotContain(PLANNER);
    }

    @Test
    void theSchemaRejectsAnInvalidPackage() throws Exception {
        String source = projectsWithDetails(source());
        JsonNode pkg = exported();
        ObjectNode p = (ObjectNode) project(pkg, "oc4ids-vidnova-" + projectId(source, "T1"));
        p.put("status", "rebuilt");
        assertThat(errors(pkg)).anySatisfy(e -> assertThat(e).contains("status"));
        p.put("status", "implementation");
        ((ObjectNode) p.get("budget").get("amount")).put("currency", "гривня");
        assertThat(errors(pkg)).anySatisfy(e -> assertThat(e).contains("currency"));
        ((ObjectNode) p.get("budget").get("amount")).put("currency", "UAH");
        ((ObjectNode) pkg).remove("publisher");
        assertThat(errors(pkg)).anySatisfy(e -> assertThat(e).contains("publisher"));
    }
}
