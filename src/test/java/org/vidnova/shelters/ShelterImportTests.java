package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShelterImportTests {

    static final String ADMIN = "test-admin-password-1234";
    static final String HEADER = "external_id,name,kind,address,lat,lon,capacity,accessible,status,district,hours,notes";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String source() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ResultActions upload(String source, String fileName, String contentType, byte[] body) throws Exception {
        return mvc.perform(multipart("/api/v1/shelters/imports").file(new MockMultipartFile("file", fileName,
                contentType, body)).param("source", source).with(httpBasic("admin", ADMIN)));
    }

    long count(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM shelters_shelter WHERE source = :s").param("s", source)
                .query(Long.class).single();
    }

    long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'shelter'").query(Long.class).single();
    }

    @Test
    void importsCsvWithBomSemicolonsAndUpperCaseHeaderAndReimportChangesNothing() throws Exception {
        String source = source();
        String csv = "\uFEFF" + HEADER.toUpperCase().replace(',', ';') + "\n"
                + "S1;Школа №1 укриття;shelter;вул. Сумська, 1;50.0050;36.2290;120;yes;open;Шевченківський;24/7;\n"
                + "S2;\"Паркінг; ТЦ\";parking;;49.9900;36.3300;;no;closed;;;\"нотатка\"\"з лапками\"\"\"\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        upload(source, "s.csv", "text/csv", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.created").value(2));
        long audits = auditRows();
        upload(source, "s.csv", "text/csv", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(count(source)).isEqualTo(2);
        assertThat(auditRows()).as("a re-import writes nothing").isEqualTo(audits);
        String name = jdbc.sql("SELECT name FROM shelters_shelter WHERE source = :s AND external_id = 'S2'")
                .param("s", source).query(String.class).single();
        assertThat(name).isEqualTo("Паркінг; ТЦ");
        String district = jdbc.sql("SELECT district_code FROM shelters_shelter WHERE source = :s AND external_id = 'S1'")
                .param("s", source).query(String.class).single();
        assertThat(district).isEqualTo("UA63120270010948820");
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndGoodRowsStillLand() throws Exception {
        String source = source();
        String csv = HEADER + "\n"
                + "A,Good one,shelter,,50.0,36.25,10,true,open,,,\n"
                + ",No id,shelter,,50.0,36.25,,,,,,\n"
                + "C,Bad coordinates,shelter,,95,abc,,,,,,\n"
                + "D,Bad kind and capacity,bunker,,50.0,36.25,-5,maybe,ajar,,,\n"
                + "A,Same id twice,shelter,,50.0,36.25,,,,,,\n"
                + "E,Good two,metro,,50.01,36.26,,,open,Atlantis,,\n";
        upload(source, "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.errors[?(@.line == 3)].field").value("external_id"))
                .andExpect(jsonPath("$.errors[?(@.line == 4)].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("lat", "lon")))
                .andExpect(jsonPath("$.errors[?(@.line == 5)].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("kind", "capacity", "accessible", "status")))
                .andExpect(jsonPath("$.errors[?(@.line == 6)].field").value("external_id"))
                .andExpect(jsonPath("$.warnings[?(@.line == 7)].field").value("district"));
        assertThat(count(source)).isEqualTo(2);
    }

    @Test
    void importsGeoJsonPointsWithLinesForBadFeatures() throws Exception {
        String source = source();
        String geojson = """
                {"type": "FeatureCollection",
                 "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.2310, 49.9930]},
                   "properties": {"external_id": "G1", "name": "Укриття G1", "kind": "basement", "capacity": 40,
                                  "accessible": true, "status": "open"}},
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[36.2, 50.0], [36.3, 50.0]]},
                   "properties": {"external_id": "G2", "name": "Not a point"}}
                 ]}""";
        upload(source, "s.geojson", "application/geo+json", geojson.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(6))
                .andExpect(jsonPath("$.errors[0].field").value("geometry"));
        Boolean accessible = jdbc.sql("SELECT accessible FROM shelters_shelter WHERE source = :s AND external_id = 'G1'")
                .param("s", source).query(Boolean.class).single();
        assertThat(accessible).isTrue();
    }

    @Test
    void rawCsvBodyIsAcceptedToo() throws Exception {
        String source = source();
        mvc.perform(post("/api/v1/shelters/imports").param("source", source).with(httpBasic("admin", ADMIN))
                        .contentType("text/csv").content(HEADER + "\nR1,Raw,shelter,,50.0,36.25,,,open,,,\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void unreadableFilesAre400AndChangeNothing() throws Exception {
        String source = source();
        upload(source, "s.csv", "text/csv", (HEADER + "\nX1,First,shelter,,50.0,36.25,,,open,,,\n").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk());
        long before = count(source);
        // Not UTF-8 (a Windows-1251 file): nothing of it may land, not even its readable first rows.
        // Many good rows first (more than the reader's buffer), so some are written before the bad bytes are met.
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 2; i < 3000; i++) {
            rows.append("X").append(i).append(",Shelter number ").append(i).append(",shelter,,50.0,36.25,,,open,,,\n");
        }
        byte[] cp1251 = rows.append("X9999,").toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(cp1251, cp1251.length + 3);
        bad[cp1251.length] = (byte) 0xCF;
        bad[cp1251.length + 1] = (byte) 0xF0;
        bad[cp1251.length + 2] = (byte) 0xE8;
        upload(source, "s.csv", "text/csv", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(source, "s.csv", "text/csv", "name,lat\nx,1\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("external_id", "lon")));
        upload(source, "s.geojson", "application/geo+json", "{\"type\": \"FeatureCollection\", \"features\": [".getBytes())
                .andExpect(status().isBadRequest());
        upload(source, "s.csv", "text/csv", new byte[0]).andExpect(status().isBadRequest());
        assertThat(count(source)).isEqualTo(before);
    }

    @Test
    void sourceIsRequiredAndValidated() throws Exception {
        upload("bad source!", "s.csv", "text/csv", HEADER.getBytes()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        mvc.perform(multipart("/api/v1/shelters/imports").file(new MockMultipartFile("file", "s.csv", "text/csv",
                        HEADER.getBytes())).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void exportsReimportUnchanged() throws Exception {
        String source = source();
        upload(source, "s.csv", "text/csv", (HEADER + "\nE1,Export me,basement,\"addr, 1\",50.0,36.25,5,true,open,,9-18,n\n")
                .getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk());
        String exported = mvc.perform(get("/api/v1/shelters.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String mine = exported.lines().filter(l -> l.startsWith("E1,") || l.startsWith("external_id"))
                .reduce("", (a, b) -> a + b + "\n");
        upload(source, "s.csv", "text/csv", mine.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.unchanged").value(1));
        mvc.perform(get("/api/v1/shelters.csv").param("hxl", "true")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString().lines().skip(1).findFirst()
                        .orElseThrow().replace("\"", "")).startsWith("#meta+id,#loc+name"));
        mvc.perform(get("/api/v1/shelters.geojson")).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[?(@.properties.external_id == 'E1')].geometry.coordinates[0]").value(36.25));
    }

    @Test
    void metroStationsAreRegisteredAsMetroShelters() throws Exception {
        org.vidnova.SharedData.file("metro/kharkiv_metro_stations.csv");
        mvc.perform(get("/api/v1/shelters").param("kind", "metro").param("source", "metro").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(30))
                .andExpect(jsonPath("$.items[0].kind").value("metro"))
                .andExpect(jsonPath("$.items[0].status").value("open"));
        mvc.perform(get("/api/v1/shelters").param("kind", "bunker"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }
}
