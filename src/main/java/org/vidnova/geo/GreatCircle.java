package org.vidnova.geo;

/** Great-circle distance on a sphere of the Earth's mean radius (haversine formula). Plain Java, no Spring. */
public final class GreatCircle {

    /** The Earth's mean radius (IUGG), in metres. */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GreatCircle() {
    }

    /** Haversine distance in metres between two WGS84 points given in degrees. */
    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        return haversineMeters(phi1, Math.toRadians(lon1), Math.cos(phi1), phi2, Math.toRadians(lon2), Math.cos(phi2));
    }

    /**
     * The same formula on radians with the cosines of the latitudes given: {@link NearestPointIndex} computes them
     * once per point, and because {@link #distanceMeters} goes through this very method its answers are the same to
     * the last bit.
     */
    static double haversineMeters(double phi1, double lambda1, double cosPhi1, double phi2, double lambda2,
            double cosPhi2) {
        double sinHalfDPhi = Math.sin((phi2 - phi1) * 0.5);
        double sinHalfDLambda = Math.sin((lambda2 - lambda1) * 0.5);
        double a = sinHalfDPhi * sinHalfDPhi + cosPhi1 * cosPhi2 * (sinHalfDLambda * sinHalfDLambda);
        // rounding can push a just above 1 for antipodal points, where asin would give NaN
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(Math.min(1.0, a)));
    }
}
