package org.vidnova.damage;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.vidnova.geo.GreatCircle;

/**
 * Matches a damage point (a satellite analyst's point on an image) to a building: the building whose footprint
 * contains it, else the nearest building within {@value #RADIUS_METERS} m (great-circle distance to its point, the
 * footprint's centroid), ties by key. Buildings are held in a JTS STR-tree; plain Java, no Spring.
 */
final class SatelliteMatcher {

    static final double RADIUS_METERS = 25;
    private static final double METERS_PER_DEGREE = 111_320;

    /** A candidate building: its key (source '/' external id), point and footprint (null when it has none). */
    record Candidate(String key, double lat, double lon, PreparedGeometry footprint) {
    }

    private final STRtree tree = new STRtree();
    private final GeometryFactory geometries = new GeometryFactory();
    private int size;

    void add(String key, double lat, double lon, Geometry footprint) {
        Envelope envelope = new Envelope(lon, lon, lat, lat);
        if (footprint != null) {
            envelope.expandToInclude(footprint.getEnvelopeInternal());
        }
        tree.insert(envelope, new Candidate(key, lat, lon,
                footprint == null ? null : PreparedGeometryFactory.prepare(footprint)));
        size++;
    }

    int size() {
        return size;
    }

    /** The key of the building the point falls on or near, or empty when none is within the radius. */
    Optional<String> match(double lat, double lon) {
        double dLat = RADIUS_METERS / METERS_PER_DEGREE;
        double dLon = RADIUS_METERS / (METERS_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        @SuppressWarnings("unchecked")
        List<Candidate> near = tree.query(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat));
        Point point = geometries.createPoint(new Coordinate(lon, lat));
        Candidate best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Candidate c : near) {
            if (c.footprint() != null && c.footprint().covers(point)) {
                if (bestDistance > -1 || c.key().compareTo(best.key()) < 0) {
                    best = c;
                    bestDistance = -1;
                }
                continue;
            }
            if (bestDistance < 0) {
                continue;
            }
            double d = GreatCircle.distanceMeters(lat, lon, c.lat(), c.lon());
            if (d <= RADIUS_METERS && (d < bestDistance || d == bestDistance && c.key().compareTo(best.key()) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best).map(Candidate::key);
    }
}
