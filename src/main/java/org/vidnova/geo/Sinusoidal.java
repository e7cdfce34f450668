package org.vidnova.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Sinusoidal projection of lon/lat degrees to metres on the sphere of {@link GreatCircle#EARTH_RADIUS_METERS}, centred on a meridian. It is equal-area,
 * so a projected shape's planar area is its area on the sphere, and it maps every parallel to a straight line
 * {@code y = R·φ}. Shapes are not kept: at a city's width (±0.2° of longitude at 50° N) angles shear by under 0.2°.
 */
record Sinusoidal(double centralMeridian) {

    double x(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon - centralMeridian);
        return GreatCircle.EARTH_RADIUS_METERS * lambda * Math.cos(phi);
    }

    double y(double lat) {
        return GreatCircle.EARTH_RADIUS_METERS * Math.toRadians(lat);
    }

    double lat(double y) {
        return Math.toDegrees(y / GreatCircle.EARTH_RADIUS_METERS);
    }

    double lon(double x, double y) {
        return centralMeridian + Math.toDegrees(x / (GreatCircle.EARTH_RADIUS_METERS * Math.cos(y / GreatCircle.EARTH_RADIUS_METERS)));
    }

    /** A projected copy of a lon/lat geometry. */
    Geometry project(Geometry lonLat) {
        Geometry projected = lonLat.copy();
        projected.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, x(seq.getX(i), lat));
                seq.setOrdinate(i, 1, y(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return projected;
    }
}
