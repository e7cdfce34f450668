package org.vidnova.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Area of a lon/lat geometry in km², on the sinusoidal projection centred on the geometry (an equal-area
 * projection, so the planar area of the projected shape is its area on the sphere of mean radius).
 */
final class Areas {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Areas() {
    }

    static double squareKilometres(Geometry lonLat) {
        Geometry projected = lonLat.copy();
        double centralMeridian = lonLat.getEnvelopeInternal().centre().x;
        projected.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double phi = Math.toRadians(seq.getY(i));
                double lambda = Math.toRadians(seq.getX(i) - centralMeridian);
                seq.setOrdinate(i, 0, EARTH_RADIUS_M * lambda * Math.cos(phi));
                seq.setOrdinate(i, 1, EARTH_RADIUS_M * phi);
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
        return projected.getArea() / 1_000_000.0;
    }
}
