package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.vidnova.SharedData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 9 Kharkiv districts with the 30 metro stations as shelters, 500 m on a 50 m grid. */
class KharkivCoverageTest {

    private static final String SALTIVSKYI = "UA63120270010315719";

    @Test
    void metroStationsCoverASmallShareOfEachDistrict() throws Exception {
        List<LatLon> stations = stations();
        Map<String, Geometry> districts = districts();
        CoverageGrid grid = CoverageGrid.of(50, 500);

        long start = System.nanoTime();
        CoverageResult result = grid.compute(districts, stations);
        System.out.printf("Kharkiv, first call in this JVM: %.1f ms%n", (System.nanoTime() - start) / 1e6);

        assertThat(stations).hasSize(30);
        assertThat(result.districts()).hasSize(9);
        assertThat(CoverageOracle.of(result)).isEqualTo(CoverageOracle.count(districts, stations, 50, 500));
        double area = result.districts().stream().mapToDouble(DistrictCoverage::areaKm2).sum();
        assertThat(area).isCloseTo(338.5, within(0.03 * 338.5));
        for (DistrictCoverage d : result.districts()) {
            assertThat(d.coveredShare()).isBetween(0.0, 1.0);
            assertThat(d.areaKm2()).isCloseTo(Areas.squareKilometres(districts.get(d.key())), within(0.01 * d.areaKm2()));
            System.out.printf("%s  %6.2f km²  covered %6.2f km²  share %.4f%n", d.key(), d.areaKm2(), d.coveredKm2(),
                    d.coveredShare());
        }
        DistrictCoverage saltivskyi = result.districts().stream().filter(d -> d.key().equals(SALTIVSKYI)).findFirst()
                .orElseThrow();
        assertThat(saltivskyi.coveredShare()).isStrictlyBetween(0.0, 0.1);
        // 30 discs of 0.785 km² can cover at most 23.6 km², less where they overlap or leave the city.
        assertThat(result.districts().stream().mapToDouble(DistrictCoverage::coveredKm2).sum()).isBetween(5.0, 23.6);
        start = System.nanoTime();
        String geoJson = result.toGeoJson();
        System.out.printf("toGeoJson: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        assertThat(JsonMapper.shared().readTree(geoJson).get("features")).hasSize(result.uncovered().size());
        System.out.printf("whole city share %.4f; %d uncovered rectangles, GeoJSON %d kB%n", result.coveredShare(),
                result.uncovered().size(), geoJson.length() / 1024);
        report("30 stations", grid, districts, stations);
        report("3000 random points", grid, districts, randomPoints(districts, 3000));
    }

    /** Prints the first (cold) time and the best of 10 warm runs; no assertion on time. */
    private static void report(String what, CoverageGrid grid, Map<String, Geometry> districts, List<LatLon> points) {
        long start = System.nanoTime();
        grid.compute(districts, points);
        long cold = System.nanoTime() - start;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            start = System.nanoTime();
            grid.compute(districts, points);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("Kharkiv, %s, 50 m cells, 500 m: first %.1f ms, best of 10 %.1f ms%n", what, cold / 1e6,
                best / 1e6);
    }

    private static List<LatLon> randomPoints(Map<String, Geometry> districts, int n) {
        Envelope e = new Envelope();
        districts.values().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        Random random = new Random(42);
        List<LatLon> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new LatLon(e.getMinY() + random.nextDouble() * e.getHeight(),
                    e.getMinX() + random.nextDouble() * e.getWidth()));
        }
        return points;
    }

    private static List<LatLon> stations() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LatLon> stations = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedData.file("metro/kharkiv_metro_stations.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                stations.add(new LatLon(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))));
            }
        }
        return stations;
    }

    private static Map<String, Geometry> districts() throws IOException, ParseException {
        Map<String, Geometry> districts = new LinkedHashMap<>();
        GeoJsonReader reader = new GeoJsonReader();
        try (InputStream in = KharkivCoverageTest.class.getResourceAsStream("/" + ReferenceGeographyLoader.BOUNDARIES)) {
            for (JsonNode feature : JsonMapper.shared().readTree(in).get("features")) {
                districts.put(feature.get("properties").get("katotth").asString(),
                        reader.read(feature.get("geometry").toString()));
            }
        }
        return districts;
    }
}
