package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CoverageGridTest {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double LAT = 50.0;
    private static final double LON = 36.2;
    private static final double METRES_PER_DEGREE_LAT = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_METERS;

    /** A lon/lat rectangle whose south-west corner is at (LAT, LON) plus the given offsets, sides in metres. */
    static Polygon box(double eastMetres, double northMetres, double widthMetres, double heightMetres) {
        double lat0 = LAT + northMetres / METRES_PER_DEGREE_LAT;
        double lat1 = lat0 + heightMetres / METRES_PER_DEGREE_LAT;
        double perLon = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(LAT));
        double lon0 = LON + eastMetres / perLon;
        double lon1 = lon0 + widthMetres / perLon;
        return F.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat0),
            new Coordinate(lon1, lat1), new Coordinate(lon0, lat1), new Coordinate(lon0, lat0)});
    }

    private static LatLon centre(Geometry g) {
        Coordinate c = g.getEnvelopeInternal().centre();
        return new LatLon(c.y, c.x);
    }

    @Test
    void rejectsCellsLargerThan50MetresOrNotPositiveAndBadRadii() {
        for (double cell : new double[] {0, -1, 50.001, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> CoverageGrid.of(cell, 500));
        }
        for (double radius : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> CoverageGrid.of(50, radius));
        }
        assertThat(CoverageGrid.of(50, 0).cellMeters()).isEqualTo(50);
    }

    @Test
    void onePointAtTheCentreCoversTheDiscShare() {
        Polygon square = box(0, 0, 4000, 4000);
        double cell = 10;
        double radius = 500;
        DistrictCoverage c = CoverageGrid.of(cell, radius).compute(Map.of("S", square), List.of(centre(square)))
                .districts().get(0);
        double area = Areas.squareKilometres(square) * 1e6;
        // Only cells cut by a boundary can be miscounted: a band of width cell·√2 along the circle and the square.
        double discError = 2 * Math.PI * radius * cell * Math.sqrt(2);
        double squareError = 4 * 4000 * cell * Math.sqrt(2);
        assertThat(c.areaKm2() * 1e6).isCloseTo(area, within(squareError));
        assertThat(c.coveredKm2() * 1e6).isCloseTo(Math.PI * radius * radius, within(discError));
        assertThat(c.coveredShare()).isCloseTo(Math.PI * radius * radius / area,
                within((discError + squareError) / (area - squareError)));
        assertThat(c.coveredShare()).isEqualTo((double) c.coveredCells() / c.cells());
    }

    @Test
    void aFarPointOrNoPointCoversNothing() {
        Polygon square = box(0, 0, 2000, 2000);
        for (List<LatLon> points : List.of(List.of(new LatLon(LAT + 1, LON)), List.<LatLon>of())) {
            CoverageResult result = CoverageGrid.of(50, 500).compute(Map.of("S", square), points);
            DistrictCoverage c = result.districts().get(0);
            assertThat(c.coveredCells()).isZero();
            assertThat(c.coveredShare()).isZero();
            assertThat(c.cells()).isEqualTo(40 * 40);
            assertThat(result.uncovered()).extracting(UncoveredArea::cells).containsExactly(c.cells());
            Polygon rectangle = result.uncovered().get(0).area();
            assertThat(Areas.squareKilometres(rectangle)).isCloseTo(4.0, within(1e-4));
            assertThat(rectangle.getCentroid().distance(square.getCentroid())).isLessThan(50 / METRES_PER_DEGREE_LAT);
        }
    }

    @Test
    void pointsEverywhereCoverEverything() {
        Polygon square = box(0, 0, 3000, 2000);
        List<LatLon> points = new ArrayList<>();
        for (int e = -500; e <= 3500; e += 400) {
            for (int n = -500; n <= 2500; n += 400) {
                points.add(centre(box(e, n, 0, 0)));
            }
        }
        CoverageResult result = CoverageGrid.of(25, 500).compute(Map.of("S", square), points);
        assertThat(result.districts().get(0).coveredShare()).isEqualTo(1.0);
        assertThat(result.coveredShare()).isEqualTo(1.0);
        assertThat(result.uncovered()).isEmpty();
    }

    @Test
    void noDistrictsGiveAnEmptyResult() {
        CoverageResult result = CoverageGrid.of(50, 500).compute(Map.of(), List.of(new LatLon(LAT, LON)));
        assertThat(result.districts()).isEmpty();
        assertThat(result.uncovered()).isEmpty();
        assertThat(result.coveredShare()).isZero();
        assertThat(result.toGeoJson()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    @Test
    void adjacentDistrictsCountEachCellOnce() {
        Polygon west = box(0, 0, 1500, 2000);
        Polygon east = box(1500, 0, 1000, 2000);
        Geometry union = west.union(east);
        CoverageGrid grid = CoverageGrid.of(20, 300);
        List<LatLon> points = List.of(centre(box(1500, 1000, 0, 0)));
        CoverageResult split = grid.compute(Map.of("W", west, "E", east), points);
        CoverageResult whole = grid.compute(Map.of("U", union), points);
        assertThat(split.districts()).extracting(DistrictCoverage::key).containsExactly("E", "W");
        assertThat(split.districts().stream().mapToInt(DistrictCoverage::cells).sum())
                .isEqualTo(whole.districts().get(0).cells());
        assertThat(split.districts().stream().mapToInt(DistrictCoverage::coveredCells).sum())
                .isEqualTo(whole.districts().get(0).coveredCells());
    }

    @Test
    void centresOnASharedBorderGoToTheKeyThatSortsFirst() {
        // Split a square along the parallel through one row of cell centres: that row lies on both districts.
        Polygon outer = box(0, 0, 1000, 1000);
        Grid grid = Grid.covering(List.of(outer), 50);
        int borderRow = grid.rows() / 2;
        double borderLat = grid.centreLat(borderRow);
        Coordinate[] c = outer.getCoordinates();
        Coordinate borderWest = new Coordinate(c[0].x, borderLat);
        Coordinate borderEast = new Coordinate(c[1].x, borderLat);
        Polygon south = F.createPolygon(new Coordinate[] {c[0], c[1], borderEast, borderWest, c[0]});
        Polygon north = F.createPolygon(new Coordinate[] {borderWest, borderEast, c[2], c[3], borderWest});
        int whole = CoverageGrid.of(50, 0).compute(Map.of("U", outer), List.of()).districts().get(0).cells();
        int cellsOfA = 0;
        for (Map<String, Geometry> districts : List.of(Map.<String, Geometry>of("A", north, "B", south),
                Map.<String, Geometry>of("A", south, "B", north))) {
            CoverageResult result = CoverageGrid.of(50, 0).compute(districts, List.of());
            assertThat(CoverageOracle.of(result)).isEqualTo(CoverageOracle.count(districts, List.of(), 50, 0));
            assertThat(result.districts().stream().mapToInt(DistrictCoverage::cells).sum()).isEqualTo(whole);
            cellsOfA += result.districts().get(0).cells();
        }
        // A had the border row (about 1000 m / 50 m centres) both times, as north and as south.
        assertThat(cellsOfA - whole).isBetween(19, 21);
    }

    @Test
    void writesUncoveredAreasAsGeoJson() {
        Polygon square = box(0, 0, 2000, 2000);
        CoverageResult result = CoverageGrid.of(50, 500)
                .compute(Map.of("S\"1", square), List.of(centre(square)));
        JsonNode json = JsonMapper.shared().readTree(result.toGeoJson());
        assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.get("features")).hasSize(result.uncovered().size());
        JsonNode feature = json.get("features").get(0);
        assertThat(feature.get("properties").get("district").asString()).isEqualTo("S\"1");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Polygon");
        JsonNode ring = feature.get("geometry").get("coordinates").get(0);
        assertThat(ring).hasSize(5);
        assertThat(ring.get(0).get(0).asDouble()).isBetween(36.0, 37.0); // lon first
        assertThat(ring.get(0).get(1).asDouble()).isBetween(49.0, 51.0);
        assertThat(ring.get(0).get(0).toString()).matches("-?\\d+(\\.\\d{1,6})?");
        int uncovered = result.districts().get(0).cells() - result.districts().get(0).coveredCells();
        assertThat(result.uncovered().stream().mapToInt(UncoveredArea::cells).sum()).isEqualTo(uncovered);
        assertThat(result.uncovered().size()).isLessThan(uncovered / 4);
    }
}
