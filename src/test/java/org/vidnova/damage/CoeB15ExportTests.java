package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The Council of Europe B1.5 export: one row per facility (an institution of several buildings, or a
 * non-residential building of none), its state the worst of its buildings', with capacity, evidence hashes and the
 * incidents of all its assessments; homes are not in it. 2005 belongs to this suite.
 */
class CoeB15ExportTests extends DamageTestBase {

    static final String SHA = "ab".repeat(32);

    @Test
    void oneRowPerFacilityWithItsWorstStateCapacityEvidenceAndIncidents() throws Exception {
        String source = source();
        mvc.perform(post("/api/v1/damage/institutions/imports").param("source", source).contentType("text/csv")
                .content("external_id,name,use,capacity_pupils\nSCH,Lyceum 5,school,900\n")
                .with(httpBasic("admin", ADMIN))).andExpect(status().isOk());
        buildings(source, "external_id,address,lat,lon,use,name,floors,housing_units,residents,year_built,heritage,"
                + "institution\n"
                + "L1,Sumska 5,50.005,36.229,school,Block A,3,0,,,none,SCH\n"
                + "L2,Sumska 5a,50.0051,36.229,school,Block B,3,0,,,none,SCH\n"
                + "H1,Pushkinska 9,50.006,36.23,medical,Clinic 9,4,0,,,none,\n"
                + "R1,Pushkinska 11,50.006,36.23,residential,,9,80,,,none,\n").andExpect(status().isOk());
        assessments(source, "external_id,building_source,building_external_id,assessed_on,assessor,native_class,"
                + "units_damaged,units_destroyed,habitable,rebuildable,incident_id,notes,evidence_sha256\n"
                + "A1,,L1,2005-03-01,commission,commission:capital_repair,,,false,yes,41,," + SHA + "\n"
                + "A2,,L2,2005-03-02,inspector,ems98:5,,,false,no,43;42,,\n"
                + "A3,,R1,2005-03-02,inspector,ems98:5,,,false,no,44,,\n").andExpect(status().isOk());

        String body = mvc.perform(get("/api/v1/damage/exports/coe-b15.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(CoeB15Export.COLUMNS);
        Map<String, CSVRecord> mine = records.stream().filter(r -> r.get("facility_id").contains(source))
                .collect(Collectors.toMap(r -> r.get("facility_id"), Function.identity()));
        assertThat(mine).containsOnlyKeys("institution:" + source + "/SCH", "building:" + source + "/H1");

        CSVRecord lyceum = mine.get("institution:" + source + "/SCH");
        assertThat(lyceum.get("name")).isEqualTo("Lyceum 5");
        assertThat(lyceum.get("use")).isEqualTo("school");
        assertThat(lyceum.get("address")).isEqualTo("Sumska 5; Sumska 5a");
        assertThat(lyceum.get("district")).isEqualTo(SHEVCHENKIVSKYI);
        // Block B is destroyed (EMS-98 grade 5), worse than block A: its inspector's assessment gives the state.
        assertThat(lyceum.get("state")).isEqualTo("destroyed");
        assertThat(lyceum.get("assessed_on")).isEqualTo("2005-03-02");
        assertThat(lyceum.get("assessor")).isEqualTo("inspector");
        assertThat(lyceum.get("rebuildable")).isEqualTo("no");
        assertThat(lyceum.get("capacity_pupils")).isEqualTo("900");
        assertThat(lyceum.get("buildings")).isEqualTo(source + "/L1;" + source + "/L2");
        assertThat(lyceum.get("evidence_sha256")).isEqualTo(SHA);
        assertThat(lyceum.get("incident_ids")).isEqualTo("41;42;43");

        CSVRecord clinic = mine.get("building:" + source + "/H1");
        assertThat(clinic.get("name")).isEqualTo("Clinic 9");
        assertThat(clinic.get("state")).isEqualTo("not_assessed");
        assertThat(clinic.get("assessed_on")).isEmpty();
        assertThat(clinic.get("incident_ids")).isEmpty();
    }
}
