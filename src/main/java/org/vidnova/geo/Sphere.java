package org.vidnova.geo;

/** The sphere of mean Earth radius (IUGG R₁) that all distances and areas in this module are computed on. */
final class Sphere {

    static final double RADIUS_M = 6_371_008.8;

    private Sphere() {
    }

    /** Great-circle distance in metres by the haversine formula (accurate for short distances, unlike the cosine law). */
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        return 2 * RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
