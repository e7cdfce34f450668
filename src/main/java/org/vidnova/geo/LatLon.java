package org.vidnova.geo;

/** A point in WGS84 degrees. */
public record LatLon(double lat, double lon) {

    public LatLon {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("Not a WGS84 point: lat " + lat + ", lon " + lon);
        }
    }

    /** Great-circle distance in metres on the sphere of mean Earth radius (haversine). */
    public double distanceMeters(LatLon other) {
        return GreatCircle.distanceMeters(lat, lon, other.lat, other.lon);
    }
}
