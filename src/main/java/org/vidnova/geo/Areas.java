package org.vidnova.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Area of a lon/lat geometry in km², on the sinusoidal projection centred on the geometry (an equal-area
 * projection, so the planar area of the projected shape is its area on the sphere of mean radius).
 */
final class Areas {

    private Areas() {
    }

    static double squareKilometres(Geometry lonLat) {
        double centralMeridian = lonLat.getEnvelopeInternal().centre().x;
        return new Sinusoidal(centralMeridian).project(lonLat).getArea() / 1_000_000.0;
    }
}
