package org.vidnova.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    private static final double R = 6_371_008.8;

    @Test
    void knownDistances() {
        assertThat(GreatCircle.distanceMeters(50, 36.2, 50, 36.2)).isZero();
        assertThat(GreatCircle.distanceMeters(49, 36, 50, 36)).isCloseTo(R * Math.PI / 180, within(1e-6));
        assertThat(GreatCircle.distanceMeters(0, 10, 90, 10)).isCloseTo(R * Math.PI / 2, within(1e-6));
        assertThat(GreatCircle.distanceMeters(0, 179.5, 0, -179.5)).isCloseTo(R * Math.PI / 180, within(1e-6));
        // antipodes: rounding must not turn asin's argument above 1 into NaN
        assertThat(GreatCircle.distanceMeters(50, 36.2, -50, -143.8)).isCloseTo(R * Math.PI, within(1e-3));
        assertThat(GreatCircle.distanceMeters(0, 0, 0, 180)).isCloseTo(R * Math.PI, within(1e-6));
    }

    @Test
    void agreesWithTheVectorFormulaAndIsSymmetric() {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            double lat1 = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            double lon1 = 360 * random.nextDouble() - 180;
            double lat2 = i % 2 == 0 ? lat1 + random.nextGaussian() * 0.01 : Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            double lon2 = i % 2 == 0 ? lon1 + random.nextGaussian() * 0.01 : 360 * random.nextDouble() - 180;
            lat2 = Math.max(-90, Math.min(90, lat2));
            double d = GreatCircle.distanceMeters(lat1, lon1, lat2, lon2);
            assertThat(d).isCloseTo(vectorDistance(lat1, lon1, lat2, lon2), within(1e-6 + d * 1e-9));
            assertThat(GreatCircle.distanceMeters(lat2, lon2, lat1, lon1)).isCloseTo(d, within(1e-6));
        }
    }

    /** atan2(|u x v|, u . v): well conditioned at every distance, unlike the law of cosines. */
    private static double vectorDistance(double lat1, double lon1, double lat2, double lon2) {
        double[] u = unit(lat1, lon1);
        double[] v = unit(lat2, lon2);
        double cx = u[1] * v[2] - u[2] * v[1];
        double cy = u[2] * v[0] - u[0] * v[2];
        double cz = u[0] * v[1] - u[1] * v[0];
        double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        return R * Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), dot);
    }

    private static double[] unit(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }
}
