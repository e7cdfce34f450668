package org.vidnova.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vidnova.casualties.linkage.CasualtyLists;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the linkage suites share: generated lists (synthetic people, Ukrainian, Russian and Latin spellings, known
 * truth) imported list by list through the API under fresh source codes, and helpers to run the linkage and read
 * which person each report went to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class GeneratedListsTestBase {

    static final String ADMIN = "test-admin-password-1234";
    static final RequestPostProcessor ANALYST = user("ivan").roles("ANALYST");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    static final java.util.concurrent.atomic.AtomicLong IMPORTS = new java.util.concurrent.atomic.AtomicLong();

    String prefix;
    /** The true person of each imported report, by "source,source_record_id". */
    Map<String, String> truth = new HashMap<>();

    @BeforeEach
    void importGeneratedLists() throws Exception {
        prefix = "g" + UUID.randomUUID().toString().substring(0, 6);
        // Other people for every import: the same people imported again under new list codes would be linked across
        // the imports (they are the same people), which is right but not what a suite means to test.
        CasualtyLists lists = CasualtyLists.generate(300, 2022 + IMPORTS.getAndIncrement());
        Map<String, StringBuilder> csv = new HashMap<>();
        for (int i = 0; i < lists.reports().size(); i++) {
            var r = lists.reports().get(i);
            String source = prefix + "-" + r.list().toLowerCase(java.util.Locale.ROOT);
            csv.computeIfAbsent(source, s -> new StringBuilder(VictimReportTests.HEADER))
                    .append(String.join(",", "r" + i, text(r.familyName()), text(r.givenName()),
                            text(r.patronymic()), r.sex() == ' ' ? "" : String.valueOf(r.sex()),
                            r.birthDate() != null ? r.birthDate().toString()
                                    : r.birthYear() != null ? r.birthYear().toString() : "",
                            r.age() == null ? "" : r.age().toString(), "killed",
                            r.eventDate() == null ? "" : r.eventDate().toString(), text(r.district()), "", "", ""))
                    .append('\n');
            truth.put(source + ",r" + i, lists.entity()[i]);
        }
        for (var list : csv.entrySet()) {
            mvc.perform(post("/api/v1/casualties/sources").with(ANALYST).contentType("application/json")
                    .content("{\"code\":\"" + list.getKey() + "\",\"name\":\"Generated\",\"kind\":\"other\"}"))
                    .andExpect(status().isCreated());
            JsonNode report = body(mvc.perform(post("/api/v1/casualties/sources/" + list.getKey() + "/imports")
                    .with(httpBasic("admin", ADMIN)).contentType("text/csv").content(list.getValue().toString())));
            assertThat(report.get("rejected").asInt()).as(report.toString()).isZero();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.replace(",", " ");
    }

    JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode run() throws Exception {
        return body(mvc.perform(post("/api/v1/casualties/linkage/runs").with(ANALYST)));
    }

    /** This test's reports and the person each was linked to, from links.csv. */
    Map<String, String> links() throws Exception {
        String csv = mvc.perform(get("/api/v1/casualties/links.csv").with(ANALYST)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, String> person = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            String key = r.get("source") + "," + r.get("source_record_id");
            if (truth.containsKey(key)) {
                person.put(key, r.get("person_id"));
            }
        }
        return person;
    }

    /** A review of two reports, as a run would have put in the queue. */
    long review(String[] pair) {
        long a = reportId(pair[0]);
        long b = reportId(pair[1]);
        jdbc.sql("DELETE FROM casualties_review WHERE first_report_id = :a AND second_report_id = :b")
                .param("a", Math.min(a, b)).param("b", Math.max(a, b)).update();
        jdbc.sql("INSERT INTO casualties_review (first_report_id, second_report_id, probability, refused_match,"
                        + " found_at) VALUES (:a, :b, 0.5, FALSE, CURRENT_TIMESTAMP)")
                .param("a", Math.min(a, b)).param("b", Math.max(a, b)).update();
        return jdbc.sql("SELECT id FROM casualties_review WHERE first_report_id = :a AND second_report_id = :b")
                .param("a", Math.min(a, b)).param("b", Math.max(a, b)).query(Long.class).single();
    }

    long reportId(String key) {
        String[] parts = key.split(",");
        return jdbc.sql("SELECT id FROM casualties_report WHERE source_code = :s AND source_record_id = :r")
                .param("s", parts[0]).param("r", parts[1]).query(Long.class).single();
    }
}
