package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class DistrictIndexTest {

    private static final GeometryFactory F = new GeometryFactory();

    private static Geometry square(double lon0, double lat0, double size) {
        return F.createPolygon(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon0 + size, lat0),
            new Coordinate(lon0 + size, lat0 + size), new Coordinate(lon0, lat0 + size), new Coordinate(lon0, lat0)});
    }

    // West square "B" and east square "A" share the meridian lon = 1.
    private final DistrictIndex index = new DistrictIndex(Map.of("B", square(0, 0, 1), "A", square(1, 0, 1)));

    @Test
    void locatesInteriorPoints() {
        assertThat(index.locate(0.5, 0.5)).contains("B");
        assertThat(index.locate(0.5, 1.5)).contains("A");
    }

    @Test
    void pointOnSharedBorderBelongsToExactlyOneDistrictEveryTime() {
        assertThat(index.locate(0.5, 1.0)).contains("A");
        assertThat(index.locate(0.0, 1.0)).contains("A");
        // The same answer whatever the order the districts were given in.
        DistrictIndex reversed = new DistrictIndex(Map.of("A", square(1, 0, 1), "B", square(0, 0, 1)));
        assertThat(reversed.locate(0.5, 1.0)).contains("A");
    }

    @Test
    void pointOnOuterBorderIsInside() {
        assertThat(index.locate(0.0, 0.5)).contains("B");
    }

    @Test
    void outsideAndInvalidPointsHaveNoDistrict() {
        assertThat(index.locate(5, 5)).isEmpty();
        assertThat(index.locate(-0.0001, 0.5)).isEmpty();
        assertThat(index.locate(Double.NaN, 0.5)).isEmpty();
    }

    @Test
    void areaOfOneDegreeSquareAtEquatorMatchesSphere() {
        // On a sphere of radius R the cell 0..1°×0..1° has area R²·Δλ·(sin φ2 − sin φ1).
        double r = 6_371_008.8;
        double expected = r * r * Math.toRadians(1) * Math.sin(Math.toRadians(1)) / 1e6;
        assertThat(Areas.squareKilometres(square(0, 0, 1))).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(0.01));
    }

    @Test
    void nameKeyTreatsSpellingVariantsAlike() {
        assertThat(Districts.nameKey("Saltivskyi district")).isEqualTo(Districts.nameKey("saltivskiy"));
        assertThat(Districts.nameKey("Основ’янський район")).isEqualTo(Districts.nameKey("Основ'янський"));
        assertThat(Districts.nameKey("Kholodnohirsky")).isEqualTo(Districts.nameKey("KHOLODNOHIRSKYI"));
        assertThat(Districts.nameKey("Saltivskyi")).isNotEqualTo(Districts.nameKey("Slobidskyi"));
    }
}
