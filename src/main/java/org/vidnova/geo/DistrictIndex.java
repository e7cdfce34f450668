package org.vidnova.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-district lookup over prepared geometries in an STR-tree. Plain Java, no Spring.
 * <p>
 * A point on a border shared by two districts is covered by both; it is given to exactly one of them, the one
 * whose key sorts first, so that the answer is the same every time and counts never include a point twice.
 */
public final class DistrictIndex {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private record Entry(String key, PreparedGeometry geometry) {
    }

    private final STRtree tree = new STRtree();
    private final int size;

    /** @param boundaries district key → boundary polygon(s) in WGS84 lon/lat */
    public DistrictIndex(Map<String, Geometry> boundaries) {
        boundaries.forEach((key, geometry) -> tree.insert(geometry.getEnvelopeInternal(),
                new Entry(key, PreparedGeometryFactory.prepare(geometry))));
        tree.build();
        this.size = boundaries.size();
    }

    /** The key of the district that contains (or, on its border, covers) the point; empty outside the city. */
    public Optional<String> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return Optional.empty();
        }
        Point point = WGS84.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream()
                .filter(entry -> entry.geometry().covers(point))
                .map(Entry::key)
                .min(Comparator.naturalOrder());
    }

    public int size() {
        return size;
    }
}
