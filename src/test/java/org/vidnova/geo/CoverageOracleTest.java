package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** CoverageGrid against brute force on random districts (with a shared edge, a hole, two parts) and points. */
class CoverageOracleTest {

    private static final GeometryFactory F = new GeometryFactory();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void matchesBruteForceCellByCell(long seed) {
        Random random = new Random(seed);
        Map<String, Geometry> districts = randomDistricts(random);
        Geometry all = F.buildGeometry(districts.values());
        List<LatLon> points = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            points.add(new LatLon(all.getEnvelopeInternal().getMinY() + random.nextDouble() * all.getEnvelopeInternal().getHeight(),
                    all.getEnvelopeInternal().getMinX() + random.nextDouble() * all.getEnvelopeInternal().getWidth()));
        }
        double cell = 20;
        double radius = 400;

        CoverageResult result = CoverageGrid.of(cell, radius).compute(districts, points);

        assertThat(CoverageOracle.of(result)).isEqualTo(CoverageOracle.count(districts, points, cell, radius));
        assertThat(result.coveredShare()).isStrictlyBetween(0.0, 1.0); // neither case is trivial
        Map<String, Integer> uncovered = result.uncovered().stream()
                .collect(Collectors.groupingBy(UncoveredArea::district, Collectors.summingInt(UncoveredArea::cells)));
        for (DistrictCoverage d : result.districts()) {
            assertThat(uncovered.getOrDefault(d.key(), 0)).isEqualTo(d.cells() - d.coveredCells());
            assertThat(d.coveredShare()).isBetween(0.0, 1.0);
        }
        double rectanglesKm2 = result.uncovered().stream().mapToDouble(u -> Areas.squareKilometres(u.area())).sum();
        double uncoveredKm2 = result.districts().stream().mapToDouble(d -> d.areaKm2() - d.coveredKm2()).sum();
        assertThat(rectanglesKm2).isCloseTo(uncoveredKm2, within(1e-6 * uncoveredKm2 + 1e-9));
    }

    /** A random star split in two along a line, with a hole that is a district of its own, and a two-part one. */
    private static Map<String, Geometry> randomDistricts(Random random) {
        double lat = 49.9 + random.nextDouble() * 0.2;
        double lon = 36.1 + random.nextDouble() * 0.2;
        double degLat = 1 / 111_195.0;
        double degLon = degLat / Math.cos(Math.toRadians(lat));
        Coordinate[] star = new Coordinate[41];
        for (int i = 0; i < 40; i++) {
            double angle = 2 * Math.PI * i / 40;
            double r = 1000 + 1500 * random.nextDouble();
            star[i] = new Coordinate(lon + r * Math.cos(angle) * degLon, lat + r * Math.sin(angle) * degLat);
        }
        star[40] = star[0];
        Geometry whole = F.createPolygon(star);
        double cut = lon + (random.nextDouble() - 0.5) * 1000 * degLon;
        Geometry west = whole.intersection(rectangle(lon - 1, lat - 1, cut, lat + 1));
        Geometry east = whole.intersection(rectangle(cut, lat - 1, lon + 1, lat + 1));
        Geometry hole = rectangle(cut + 100 * degLon, lat - 300 * degLat, cut + 700 * degLon, lat + 200 * degLat);
        Map<String, Geometry> districts = new LinkedHashMap<>();
        districts.put("west", west);
        districts.put("east", east.difference(hole));
        districts.put("hole", hole);
        districts.put("islands", F.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            rectangle(lon + 2600 * degLon, lat, lon + 3000 * degLon, lat + 500 * degLat),
            rectangle(lon - 3000 * degLon, lat - 700 * degLat, lon - 2700 * degLon, lat)}));
        return districts;
    }

    private static org.locationtech.jts.geom.Polygon rectangle(double lon0, double lat0, double lon1, double lat1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1), new Coordinate(lon0, lat1), new Coordinate(lon0, lat0)});
    }
}
