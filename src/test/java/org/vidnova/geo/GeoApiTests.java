package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidnova.SharedData;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GeoApiTests {

    static final Set<String> KATOTTH = Set.of("UA63120270010158723", "UA63120270010877312", "UA63120270010216514",
            "UA63120270010423479", "UA63120270010565081", "UA63120270010681864", "UA63120270010315719",
            "UA63120270010948820", "UA63120270010736370");

    @Autowired
    MockMvc mvc;
    @Autowired
    Districts districts;

    @Test
    void listsAllNineDistrictsWithTheirCodesNamesPopulationAndArea() throws Exception {
        mvc.perform(get("/api/v1/districts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(9)))
                .andExpect(jsonPath("$[?(@.code == 'UA63120270010315719')].nameEn").value("Saltivskyi"))
                .andExpect(jsonPath("$[?(@.code == 'UA63120270010315719')].nameUk").value("Салтівський"))
                .andExpect(jsonPath("$[?(@.code == 'UA63120270010315719')].population").value(302600));
        assertThat(districts.all()).extracting(District::code).containsExactlyInAnyOrderElementsOf(KATOTTH);
        assertThat(districts.all().stream().mapToInt(District::population).sum()).isEqualTo(1_458_491);
    }

    @Test
    void areasAreComputedFromTheBoundaries() {
        // The provenance file gives planar approximations; the equal-area computation must agree within 2%.
        Map<String, Double> approx = Map.of("Kyivskyi", 49.4, "Osnovianskyi", 45.3, "Shevchenkivskyi", 44.8,
                "Industrialnyi", 44.6, "Novobavarskyi", 35.7, "Nemyshlianskyi", 35.3, "Kholodnohirskyi", 35.1,
                "Saltivskyi", 24.2, "Slobidskyi", 23.9);
        for (District d : districts.all()) {
            assertThat(d.areaKm2()).as(d.nameEn()).isCloseTo(approx.get(d.nameEn()), Percentage.withPercentage(2));
        }
    }

    @Test
    void geoJsonHasNineDistrictFeaturesInLonLatOrder() throws Exception {
        mvc.perform(get("/api/v1/districts.geojson"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(9)))
                .andExpect(jsonPath("$.features[0].properties.code").exists())
                // Kharkiv is at about 36°E, 50°N: a first coordinate near 36 proves [lon, lat] order.
                .andExpect(jsonPath("$.features[?(@.properties.nameEn == 'Saltivskyi')].geometry.coordinates[0][0][0]")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.closeTo(36.3, 0.2))));
    }

    @Test
    void locatesEveryMetroStationInTheDistrictOfTheReferenceFile() throws Exception {
        Map<String, String> byEnglishName = districts.all().stream()
                .collect(Collectors.toMap(District::nameEn, District::code));
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(SharedData.file("metro/kharkiv_metro_stations.csv"),
                StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(30);
        for (CSVRecord row : rows) {
            String expected = byEnglishName.get(row.get("district_en_by_pip"));
            mvc.perform(get("/api/v1/districts/locate").param("lat", row.get("lat")).param("lon", row.get("lon")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value(expected));
        }
        mvc.perform(get("/api/v1/metro-stations.geojson"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize(30)));
    }

    @Test
    void pointOutsideTheCityIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/districts/locate").param("lat", "50.45").param("lon", "30.52")) // Kyiv
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail", containsString("outside the city")));
    }

    @Test
    void badCoordinatesAreA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/districts/locate").param("lat", "fifty").param("lon", "36.2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"));
        mvc.perform(get("/api/v1/districts/locate").param("lat", "50").param("lon", "200"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lon"));
        mvc.perform(get("/api/v1/districts/locate").param("lat", "50"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lon"));
    }

    @Test
    void aVertexSharedByTwoDistrictsBelongsToExactlyOne() {
        Map<Coordinate, Set<String>> owners = new java.util.HashMap<>();
        for (District d : districts.all()) {
            for (Coordinate c : districts.boundary(d.code()).orElseThrow().getCoordinates()) {
                owners.computeIfAbsent(new Coordinate(c.x, c.y), k -> new HashSet<>()).add(d.code());
            }
        }
        List<Map.Entry<Coordinate, Set<String>>> shared = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1).limit(50).toList();
        assertThat(shared).as("the OSM districts share border vertices").isNotEmpty();
        for (var e : shared) {
            Coordinate c = e.getKey();
            assertThat(districts.locate(c.y, c.x)).as("vertex %s", c).isPresent()
                    .get().extracting(District::code).isIn(e.getValue())
                    .isEqualTo(e.getValue().stream().sorted().findFirst().orElseThrow());
        }
    }

    @Test
    void resolvesDistrictsByCodeAndByCurrentOldAndForeignNames() {
        assertThat(districts.resolve("UA63120270010315719")).get().extracting(District::nameEn).isEqualTo("Saltivskyi");
        assertThat(districts.resolve("Салтівський район")).get().extracting(District::nameEn).isEqualTo("Saltivskyi");
        assertThat(districts.resolve("Московский район")).get().extracting(District::nameEn).isEqualTo("Saltivskyi");
        assertThat(districts.resolve("Московський")).get().extracting(District::nameEn).isEqualTo("Saltivskyi");
        assertThat(districts.resolve("saltivskiy district")).get().extracting(District::nameEn).isEqualTo("Saltivskyi");
        assertThat(districts.resolve("Дзержинський")).get().extracting(District::nameEn).isEqualTo("Shevchenkivskyi");
        assertThat(districts.resolve("Nemyshlyanskyi")).get().extracting(District::nameEn).isEqualTo("Nemyshlianskyi");
        assertThat(districts.resolve("Основ'янський")).get().extracting(District::nameEn).isEqualTo("Osnovianskyi");
        assertThat(districts.resolve("Atlantis")).isEmpty();
        assertThat(districts.resolve(" ")).isEmpty();
    }
}
