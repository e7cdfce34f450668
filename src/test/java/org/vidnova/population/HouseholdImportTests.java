package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * A social service's file of households: good rows kept and bad ones named by line and field without their values,
 * the habitable-home rule per row, idempotent by (source, external id), updates audited without names, an
 * unreadable file refused whole.
 */
class HouseholdImportTests extends HouseholdTestBase {

    static final String HEADER = "external_id,reference_person,size,children,elderly,disabled,home_building_id,"
            + "home_unit,stays,contact,override_reason\n";

    private ResultActions importCsv(String source, String csv) throws Exception {
        return mvc.perform(post("/api/v1/population/households/imports").param("source", source)
                .contentType("text/csv").content(csv).with(REGISTRAR));
    }

    private long householdsOf(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM population_household WHERE source = :s").param("s", source)
                .query(Long.class).single();
    }

    @Test
    void goodRowsAreKeptBadOnesNamedAndTheSameFileTwiceChangesNothing() throws Exception {
        long[] homes = homes();
        String source = "social-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + "h1,Іваненко Марія,3,1,1,0," + homes[0] + ",12,relatives,+380501112233,\n"      // 2: good
                + "h2,Петренко Іван,2,0,0,0," + homes[1] + ",5,shelter,,\n"                       // 3: habitable
                + "h3,Петренко Іван,2,0,0,0," + homes[1] + ",5,shelter,,пожежа у квартирі\n"      // 4: override
                + "h4,Коваль Олена,0,0,0,0," + homes[0] + ",,,,\n"                                // 5: size
                + "h5,Коваль Олена,2,2,1,0," + homes[0] + ",,,,\n"                                // 6: children
                + "h6,Коваль Олена,2,0,0,0,abc,,,,\n"                                             // 7: building
                + "h7,Коваль Олена,2,0,0,0,999999999999,,,,\n"                                    // 8: no building
                + "h8,Коваль Олена,2,0,0,0," + homes[0] + ",,temporary_site,,\n"                  // 9: stays
                + "h1,Іваненко Марія,3,1,1,0," + homes[0] + ",12,relatives,,\n";                  // 10: twice
        JsonNode report = body(importCsv(source, csv).andExpect(status().isOk()));
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(errors(report)).containsExactlyInAnyOrder("3:override_reason", "5:size", "6:children",
                "7:home_building_id", "8:home_building_id", "9:stays", "10:external_id");
        for (String echoed : List.of("Іваненко", "Петренко", "Коваль", "abc", "+380")) {
            assertThat(report.toString()).doesNotContain(echoed);
        }
        assertThat(householdsOf(source)).isEqualTo(2);

        long audits = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'population.household'")
                .query(Long.class).single();
        String good = HEADER + "h1,Іваненко Марія,3,1,1,0," + homes[0] + ",12,relatives,+380501112233,\n"
                + "h3,Петренко Іван,2,0,0,0," + homes[1] + ",5,shelter,,пожежа у квартирі\n";
        JsonNode again = body(importCsv(source, good).andExpect(status().isOk()));
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'population.household'")
                .query(Long.class).single()).isEqualTo(audits);

        // Semicolons, a BOM and an upper-case header read the same; a changed contact is one audited update.
        String changed = "\uFEFF" + HEADER.toUpperCase().replace(',', ';')
                + "h1;Іваненко Марія;3;1;1;0;" + homes[0] + ";12;relatives;+380509999999;\n";
        JsonNode updated = body(importCsv(source, changed).andExpect(status().isOk()));
        assertThat(updated.get("updated").asInt()).isEqualTo(1);
        String change = jdbc.sql("SELECT change_json FROM audit_entry WHERE entity_type = 'population.household'"
                + " AND action = 'UPDATE' ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(change).contains("\"contact\":\"(changed)\"").doesNotContain("+380");
    }

    @Test
    void anUnreadableFileIsAProblemAndChangesNothing() throws Exception {
        String source = "social-" + UUID.randomUUID().toString().substring(0, 8);
        importCsv(source, "external_id,reference_person\nh1,Особа\n").andExpect(status().isBadRequest());
        importCsv("Not A Source", HEADER).andExpect(status().isBadRequest());
        assertThat(householdsOf(source)).isZero();
        mvc.perform(post("/api/v1/population/households/imports").param("source", source).contentType("text/csv")
                .content(HEADER).with(ANALYST)).andExpect(status().isForbidden());
    }

    private static List<String> errors(JsonNode report) {
        return report.get("errors").valueStream()
                .map(e -> e.get("line").asInt() + ":" + e.get("field").asString()).toList();
    }
}
