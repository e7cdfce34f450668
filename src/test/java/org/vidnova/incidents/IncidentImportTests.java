package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/**
 * Imports of incidents: the CSV conventions, bad rows, idempotence, the three time forms, ACLED and CIR layouts,
 * batches, atomicity, concurrent writers and exports. Incidents of these tests fall in 2010 to 2015, which no
 * other test uses.
 */
class IncidentImportTests extends IncidentTestBase {

    static final String HEADER = "external_id,occurred_at,type,lat,lon,killed,injured,source,description";
    static final String SHEVCHENKIVSKYI = "UA63120270010948820";

    static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions upload(String source, String format, byte[] body) throws Exception {
        var call = multipart("/api/v1/incidents/imports").file(new MockMultipartFile("file", "incidents.csv",
                "text/csv", body)).param("source", source).with(httpBasic("admin", ADMIN));
        if (format != null) {
            call.param("format", format);
        }
        return mvc.perform(call);
    }

    ResultActions upload(String source, String csv) throws Exception {
        return upload(source, null, csv.getBytes(StandardCharsets.UTF_8));
    }

    long count(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM incidents_incident WHERE source = :s").param("s", source)
                .query(Long.class).single();
    }

    long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'incident'").query(Long.class).single();
    }

    Map<String, Object> stored(String source, String externalId) {
        return jdbc.sql("SELECT * FROM incidents_incident WHERE source = :s AND external_id = :e")
                .param("s", source).param("e", externalId).query().singleRow();
    }

    @Test
    void bomSemicolonsAnyCaseHeaderAndTheThreeTimeFormsAndAReimportChangesNothing() throws Exception {
        String source = source();
        String csv = "\uFEFF" + HEADER.toUpperCase().replace(',', ';') + "\n"
                + "T1;2010-06-01T10:15:00+03:00;missile;50.0050;36.2290;3;;;\"Удар; пожежа\"\n"
                + "T2;2010-06-01 23:30;shelling;;;;2;;\n"
                + "T3;2010-06-02;drone;50,0050;36,2290;0;0;;\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        upload(source, null, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.created").value(3));
        Map<String, Object> t1 = stored(source, "T1");
        assertThat(t1.get("description")).isEqualTo("Удар; пожежа");
        assertThat(t1.get("district_code")).isEqualTo(SHEVCHENKIVSKYI);
        assertThat(t1.get("local_hour")).isEqualTo(10);
        assertThat(t1.get("killed")).isEqualTo(3);
        assertThat(t1.get("injured")).isNull();
        assertThat(t1.get("time_precision")).isEqualTo("exact");
        // A local time without offset is Kyiv's: 23:30 on 1 June is 20:30 UTC, still 1 June locally.
        Map<String, Object> t2 = stored(source, "T2");
        assertThat(t2.get("local_day").toString()).isEqualTo("2010-06-01");
        assertThat(t2.get("local_hour")).isEqualTo(23);
        assertThat(t2.get("district_code")).isNull();
        assertThat(t2.get("geo_precision")).isEqualTo("city");
        Map<String, Object> t3 = stored(source, "T3");
        assertThat(t3.get("time_precision")).isEqualTo("day");
        assertThat(t3.get("local_hour")).isNull();
        assertThat(t3.get("lat")).isEqualTo(50.005);
        assertThat(events.of(IncidentRecorded.class)).hasSize(3);

        long audits = auditRows();
        events.clear();
        upload(source, null, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3))
                .andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(auditRows()).as("a re-import writes nothing").isEqualTo(audits);
        assertThat(events.of(Object.class)).isEmpty();
        assertThat(count(source)).isEqualTo(3);
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndTheGoodOnesLand() throws Exception {
        String source = source();
        String csv = HEADER + ",time_precision,geo_precision,source_url,verification\n"
                + "G1,2011-01-01T10:00:00Z,shelling,50.0,36.25,,,,,,,,\n"       // line 2: good
                + ",2011-01-01,shelling,,,,,,,,,,\n"                           // 3: no external_id
                + "B2,01/02/2011,bomb,95,,-1,x,,,,,,\n"                        // 4: date, type, lat, lon, killed, injured
                + "B3,2011-01-01,other,,,,,bad source!,,hour,exact,ftp://x,maybe\n" // 5: many
                + "G1,2011-01-02,other,,,,,,,,,,\n"                            // 6: G1 again
                + "G2,2011-01-03T08:00,mlrs,50.01,36.26,1,2,,Ok,hour,approximate,https://example.org/a,verified\n";
        upload(source, csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.errors[?(@.line == 3)].field").value("external_id"))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].field").value(
                        containsInAnyOrder("occurred_at", "type", "lat", "lon", "killed", "injured")))
                .andExpect(jsonPath("$.errors[?(@.line == 5)].field").value(containsInAnyOrder("source",
                        "time_precision", "geo_precision", "source_url", "verification")))
                .andExpect(jsonPath("$.errors[?(@.line == 6)].field").value("external_id"))
                .andExpect(jsonPath("$.errors[?(@.line == 6)].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("line 2"))));
        Map<String, Object> g2 = stored(source, "G2");
        assertThat(g2.get("time_precision")).isEqualTo("hour");
        assertThat(g2.get("verification")).isEqualTo("verified");
        assertThat(g2.get("source_url")).isEqualTo("https://example.org/a");
        assertThat(count(source)).isEqualTo(2);
    }

    /** Data row {@code i} (1-based) of a large file; it is on line i + 1. */
    static String row(int i, String type) {
        return "R" + i + ",2012-0" + (1 + i % 9) + "-" + (10 + i % 18) + "T" + (10 + i % 12) + ":00:00Z," + type
                + "," + (49.95 + (i % 100) * 0.001) + "," + (36.20 + (i % 97) * 0.002) + "," + (i % 3 == 0 ? "" : i % 5)
                + ",," + ",row " + i + "\n";
    }

    @Test
    void rowsStreamInBatchesAndDuplicatesAreFoundAcrossBatches() throws Exception {
        String source = source();
        StringBuilder first = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 2500; i++) {
            first.append(row(i, "shelling"));
        }
        upload(source, first.toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2500))
                .andExpect(jsonPath("$.rejected").value(0));
        assertThat(events.of(IncidentRecorded.class)).hasSize(2500);
        assertThat(events.allInTransactions()).isTrue();
        events.clear();

        // Changes on both sides of the batch boundaries (rows 1000 and 2000), and keys given twice: across
        // batches (row 2400 repeats row 10) and within one (row 1600 repeats row 1500).
        List<Integer> changed = List.of(999, 1000, 1001, 2000, 2001);
        StringBuilder second = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 2500; i++) {
            String r = row(i, changed.contains(i) ? "drone" : "shelling");
            if (i == 2400) {
                r = row(10, "mlrs");
            } else if (i == 1600) {
                r = row(1500, "mlrs");
            }
            second.append(r);
        }
        String report = upload(source, second.toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(5))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2500 - 5 - 2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = json.readTree(report).get("errors");
        assertThat(errors).extracting(e -> e.get("line").asLong() + ":" + e.get("field").asString() + ":"
                        + e.get("message").asString())
                .containsExactlyInAnyOrder("1601:external_id:appears twice in this file (first on line 1501)",
                        "2401:external_id:appears twice in this file (first on line 11)");
        assertThat(events.of(IncidentChanged.class)).hasSize(5);
        assertThat(events.of(IncidentRecorded.class)).isEmpty();
        assertThat(jdbc.sql("SELECT type FROM incidents_incident WHERE source = :s AND external_id = 'R10'")
                .param("s", source).query(String.class).single()).isEqualTo("shelling");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incidents_import_seen").query(Long.class).single()).isZero();
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    @Test
    void keysBeyondThoseKeptInMemoryAreStillFoundRepeatedThroughTheTable() throws Exception {
        // An import keeps the first keys it meets in memory, the rest in incidents_import_seen: with room for 100
        // keys, a repeat of a kept key (row 2400 of row 10) and of keys kept in the table, across batches (row
        // 2300 of row 1200) and within one (row 1600 of row 1500), are all reported, and the table is left empty.
        String source = source();
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 2500; i++) {
            csv.append(row(i == 2400 ? 10 : i == 2300 ? 1200 : i == 1600 ? 1500 : i, "shelling"));
        }
        int kept = register.keysInMemory;
        register.keysInMemory = 100;
        String report;
        try {
            report = upload(source, csv.toString()).andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(2497))
                    .andExpect(jsonPath("$.rejected").value(3))
                    .andReturn().getResponse().getContentAsString();
        } finally {
            register.keysInMemory = kept;
        }
        assertThat(json.readTree(report).get("errors")).extracting(e -> e.get("line").asLong() + ":"
                        + e.get("message").asString())
                .containsExactlyInAnyOrder("2401:appears twice in this file (first on line 11)",
                        "2301:appears twice in this file (first on line 1201)",
                        "1601:appears twice in this file (first on line 1501)");
        assertThat(count(source)).isEqualTo(2497);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incidents_import_seen").query(Long.class).single()).isZero();
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    @Test
    void everyImportedIncidentHasItsOwnAuditRowsFoundByItsIdAndTheStatisticsFollowAReimport() throws Exception {
        // Imports audit a batch of rows with one JDBC batch: still one row per incident, with the importer.
        String source = source();
        StringBuilder first = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 2100; i++) {
            first.append(row(i, "shelling"));
        }
        upload(source, first.toString()).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2100));
        List<String> ids = jdbc.sql("SELECT CAST(id AS VARCHAR(20)) FROM incidents_incident WHERE source = :s")
                .param("s", source).query(String.class).list();
        assertThat(jdbc.sql("SELECT entity_id FROM audit_entry WHERE entity_type = 'incident' AND action = 'CREATE'"
                        + " AND actor = 'admin' AND entity_id IN (:ids)").param("ids", ids).query(String.class).list())
                .as("one CREATE row by the importer per incident").containsExactlyInAnyOrderElementsOf(ids);
        String r1500 = stored(source, "R1500").get("id").toString();
        mvc.perform(get("/api/v1/audit").param("entity", "incident").param("id", r1500)
                        .with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].entityId").value(r1500))
                .andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].change", org.hamcrest.Matchers.containsString("\"R1500\"")));

        // Changed rows in every batch: each gets one UPDATE row naming what changed; the statistics move with them.
        StringBuilder second = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 2100; i++) {
            second.append(row(i, i % 300 == 0 ? "drone" : "shelling"));
        }
        upload(source, second.toString()).andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(7));
        String r1800 = stored(source, "R1800").get("id").toString();
        mvc.perform(get("/api/v1/audit").param("entity", "incident").param("id", r1800)
                        .with(httpBasic("admin", ADMIN)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("UPDATE"))
                .andExpect(jsonPath("$[0].change").value("{\"type\":[\"SHELLING\",\"DRONE\"]}"))
                .andExpect(jsonPath("$[1].action").value("CREATE"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'incident' AND action = 'UPDATE'"
                + " AND entity_id IN (:ids)").param("ids", ids).query(Long.class).single()).isEqualTo(7);
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    @Test
    void aFileThatTurnsUnreadableAfterThousandsOfGoodRowsChangesNothing() throws Exception {
        String source = source();
        upload(source, HEADER + "\n" + row(1, "shelling")).andExpect(status().isOk());
        Map<String, Object> before = stored(source, "R1");
        long audits = auditRows();
        String stats = mvc.perform(get("/api/v1/incidents/stats").param("by", "district,day")
                .param("from", "2012-01-01").param("to", "2012-12-31")).andReturn().getResponse().getContentAsString();

        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 5000; i++) {
            rows.append(row(i, "missile"));
        }
        byte[] good = rows.append("R9999,2012-01-01,").toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 3);
        // Windows-1251 bytes: not UTF-8.
        bad[good.length] = (byte) 0xCF;
        bad[good.length + 1] = (byte) 0xF0;
        bad[good.length + 2] = (byte) 0xE8;
        upload(source, null, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(source, rows.toString() + "\"unterminated,quote\n").andExpect(status().isBadRequest());

        assertThat(count(source)).isEqualTo(1);
        assertThat(stored(source, "R1")).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audits);
        assertThat(mvc.perform(get("/api/v1/incidents/stats").param("by", "district,day").param("from", "2012-01-01")
                .param("to", "2012-12-31")).andReturn().getResponse().getContentAsString()).isEqualTo(stats);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incidents_import_seen").query(Long.class).single()).isZero();
        StatsConsistency.assertMatchesRegister(jdbc);

        upload(source, "external_id,type\nX,other\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("occurred_at", "lat",
                        "lon")));
        upload(source, "").andExpect(status().isBadRequest());
    }

    /** Rows shaped like an ACLED export, made up for this test (ACLED's data may not be copied here). */
    static final String ACLED = """
            data_id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
            1,804,TST101,13 May 2013,2013,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Local paper,Grad rockets hit a market.,2
            2,804,TST102,14 May 2013,2013,2,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,2,Local paper,Cluster munitions fell on a yard.,0
            3,804,TST103,15 May 2013,2013,3,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,3,,An S-300 missile struck a warehouse.,
            4,804,TST104,16 May 2013,2013,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,Artillery fire on the outskirts.,1
            5,804,TST105,17 May 2013,2013,1,Explosions/Remote violence,Air/drone strike,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,A Shahed drone hit a depot.,0
            6,804,TST106,18 May 2013,2013,1,Explosions/Remote violence,Air/drone strike,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,Aircraft dropped bombs.,3
            7,804,TST107,19 May 2013,2013,1,Explosions/Remote violence,Remote explosive/landmine/IED,Unidentified,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,A mine exploded.,1
            8,804,TST108,20 May 2013,2013,1,Battles,Armed clash,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,Clashes.,5
            9,804,TST109,May 21st 2013,2013,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces,Kharkiv,Kharkiv,50.0050,36.2290,1,Radio,Shelling.,0
            """;

    @Test
    void acledRowsAreCrosswalked() throws Exception {
        String source = source();
        upload(source, "acled", ACLED.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(7))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[?(@.line == 9)].field").value("sub_event_type"))
                .andExpect(jsonPath("$.errors[?(@.line == 10)].field").value("event_date"));
        Map<String, String> types = new java.util.TreeMap<>();
        jdbc.sql("SELECT external_id, type FROM incidents_incident WHERE source = :s").param("s", source)
                .query(rs -> {
                    types.put(rs.getString(1), rs.getString(2));
                });
        assertThat(types).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("TST101", "mlrs", "TST102",
                "cluster", "TST103", "missile", "TST104", "shelling", "TST105", "drone", "TST106", "airstrike",
                "TST107", "other")));
        Map<String, Object> first = stored(source, "TST101");
        assertThat(first.get("local_day").toString()).isEqualTo("2013-05-13");
        assertThat(first.get("time_precision")).isEqualTo("day");
        assertThat(first.get("killed")).isEqualTo(2);
        assertThat(first.get("injured")).isNull();
        assertThat(first.get("description")).isEqualTo("Grad rockets hit a market. (Sources: Local paper)");
        assertThat(first.get("geo_precision")).isEqualTo("exact");
        assertThat(stored(source, "TST102").get("geo_precision")).isEqualTo("approximate");
        assertThat(stored(source, "TST102").get("time_precision")).isEqualTo("day");
        assertThat(stored(source, "TST103").get("geo_precision")).isEqualTo("district");
        assertThat(stored(source, "TST103").get("killed")).isNull();
        upload(source, "acled", ACLED.getBytes(StandardCharsets.UTF_8)).andExpect(jsonPath("$.unchanged").value(7));
    }

    /** Rows shaped like the CIR Russia-Ukraine Monitor export, made up for this test. */
    static final String CIR = """
            entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,arms/munition,violence level,link,geolocation
            ZZ001,2014-03-01,Munitions,01/03/2014 Remnants found,Remnants of a rocket,50.0050,36.2290,Ukraine,Kharkiv Oblast,,Kharkiv,9M55K,1,https://example.org/1,https://example.org/geo1
            ZZ002,2014-03-02,Bombing or Explosion,02/03/2014 Grad strikes,Strikes on a district,50.0050,36.2290,Ukraine,Kharkiv Oblast,,Kharkiv,,2,https://example.org/2,
            ZZ003,2014-03-03,Civilian Infrastructure Damage,03/03/2014 Shelling of a school,A school was shelled,50.0050,36.2290,Ukraine,Kharkiv Oblast,,Kharkiv,,2,"Access can be requested, hidden for privacy reasons",
            ZZ004,2014-03-04,Military Presence,04/03/2014 Tanks in the city,,50.0050,36.2290,Ukraine,Kharkiv Oblast,,Kharkiv,,1,https://example.org/4,
            """;

    @Test
    void cirRowsAreCrosswalked() throws Exception {
        String source = source();
        upload(source, "cir", CIR.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4)).andExpect(jsonPath("$.rejected").value(0));
        Map<String, Object> one = stored(source, "ZZ001");
        assertThat(one.get("type")).isEqualTo("cluster");
        assertThat(one.get("geo_precision")).isEqualTo("exact");
        assertThat(one.get("time_precision")).isEqualTo("day");
        assertThat(one.get("source_url")).isEqualTo("https://example.org/1");
        assertThat(one.get("description")).isEqualTo("Remnants of a rocket");
        assertThat(stored(source, "ZZ002").get("type")).isEqualTo("mlrs");
        assertThat(stored(source, "ZZ002").get("geo_precision")).isEqualTo("approximate");
        assertThat(stored(source, "ZZ003").get("type")).isEqualTo("shelling");
        assertThat(stored(source, "ZZ003").get("source_url")).isNull();
        assertThat(stored(source, "ZZ004").get("type")).isEqualTo("other");
        assertThat(stored(source, "ZZ004").get("description")).isEqualTo("04/03/2014 Tanks in the city");
        upload(source, "bogus", CIR.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void anExportReimportsUnchanged() throws Exception {
        String source = source();
        String csv = HEADER + ",source_url,time_precision,geo_precision,verification\n"
                + "E1,2015-02-01T10:20:30Z,missile,50.0050,36.2290,1,,,\"Quoted, with comma\",https://example.org/e1,,,"
                + "verified\n"
                + "E2,2015-02-02T10:20:30+02:00,drone,,,,,,,,hour,district,\n"
                + "E3,2015-02-03,cluster,50.01,36.25,0,7,,,,,approximate,disputed\n";
        upload(source, csv).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
        String exported = mvc.perform(get("/api/v1/incidents.csv").param("source", source)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported.lines()).hasSize(4);
        assertThat(exported.lines().findFirst().orElseThrow()).startsWith(HEADER);
        // Imported under another source name: the rows name their own source, so nothing changes.
        upload("other-name", exported).andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(3)).andExpect(jsonPath("$.rejected").value(0));
        assertThat(count("other-name")).isZero();
        mvc.perform(get("/api/v1/incidents.csv").param("source", source).param("hxl", "true"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString().lines().skip(1).findFirst()
                        .orElseThrow().replace("\"", "")).startsWith("#meta+id,#date+occurred,#event+type"));
        mvc.perform(get("/api/v1/incidents.geojson").param("source", source)).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(3))
                .andExpect(jsonPath("$.features[?(@.properties.external_id == 'E1')].geometry.coordinates[0]")
                        .value(36.229))
                .andExpect(jsonPath("$.features[?(@.properties.external_id == 'E2')].geometry").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void aRawBodyIsAcceptedAndTheSourceIsChecked() throws Exception {
        String source = source();
        mvc.perform(post("/api/v1/incidents/imports").param("source", source).with(httpBasic("admin", ADMIN))
                        .contentType("text/csv").content(HEADER + "\nB1,2015-06-01,other,,,,,,\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        upload("bad source!", HEADER + "\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Autowired
    IncidentRegister register;

    @Test
    void concurrentWritersOfTheSameNewCellsAllLandAndAddUp() throws Exception {
        // Four imports and twelve single entries at once, all into the same cells of a day in the second half of
        // 2015 (new cells on a fresh database): creating them races, and every writer must still add up.
        String day = java.time.LocalDate.of(2015, 7, 1).plusDays(new java.util.Random().nextInt(180)).toString();
        long before = dayCount(day);
        String prefix = source();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<org.vidnova.web.ImportReport>> imports = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            StringBuilder csv = new StringBuilder(HEADER + "\n");
            for (int i = 0; i < 300; i++) {
                csv.append("C").append(i).append(',').append(day).append('T').append(10 + i % 3).append(":00:00Z,")
                        .append(i % 2 == 0 ? "shelling" : "drone").append(",50.0050,36.2290,1,,,\n");
            }
            String source = prefix + "-" + t;
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            imports.add(pool.submit(() -> register.importRows(source, IncidentRows.CSV,
                    IncidentFormat.VIDNOVA.rows(new java.io.ByteArrayInputStream(bytes)))));
        }
        List<java.util.concurrent.Future<Incident>> singles = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            IncidentDraft draft = new IncidentDraft(prefix + "-single", "S" + i,
                    java.time.Instant.parse(day + "T10:00:00Z"), TimePrecision.EXACT, IncidentType.SHELLING, 50.005,
                    36.229, GeoPrecision.EXACT, null, null, null, null, null);
            singles.add(pool.submit(() -> register.create(draft)));
        }
        pool.shutdown();
        for (var f : imports) {
            assertThat(f.get().created()).isEqualTo(300);
        }
        for (var f : singles) {
            assertThat(f.get().id()).isPositive();
        }
        assertThat(dayCount(day)).isEqualTo(before + 4 * 300 + 12);
        StatsConsistency.assertMatchesRegister(jdbc);
    }

    long dayCount(String day) throws Exception {
        String answer = mvc.perform(get("/api/v1/incidents/stats").param("by", "day").param("from", day)
                .param("to", day)).andReturn().getResponse().getContentAsString();
        JsonNode rows = json.readTree(answer).get("rows");
        return rows.isEmpty() ? 0 : rows.get(0).get("incidents").asLong();
    }
}
