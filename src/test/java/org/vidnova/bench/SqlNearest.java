package org.vidnova.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.vidnova.geo.GreatCircle;
import org.vidnova.geo.NearestPointIndex.Hit;
import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/**
 * The nearest open accessible shelters in SQL, the same text on H2 and PostgreSQL: the haversine formula of
 * {@link GreatCircle} in an ORDER BY with LIMIT, either over the whole table or within a bounding box around the
 * query that is widened until it provably holds the k nearest.
 */
final class SqlNearest implements AutoCloseable {

    private static final String DISTANCE = "2 * " + GreatCircle.EARTH_RADIUS_METERS + " * ASIN(SQRT(LEAST(1.0, "
            + "POWER(SIN(RADIANS(lat - ?) / 2), 2) + COS(RADIANS(?)) * COS(RADIANS(lat)) * POWER(SIN(RADIANS(lon - ?) / 2), 2))))";
    private static final String SELECT = "SELECT id, " + DISTANCE + " AS d FROM bench_shelter WHERE accessible AND is_open";
    private static final String ORDER = " ORDER BY d, id LIMIT ?";

    private final Connection connection;
    private final PreparedStatement fullScan;
    private final PreparedStatement inBox;
    private final double startRadiusMeters;

    /** @param startRadiusMeters the first box's half-size: a radius that usually holds a few matches */
    SqlNearest(Connection connection, List<IndexedPoint> shelters, double startRadiusMeters) throws SQLException {
        this.connection = connection;
        this.startRadiusMeters = startRadiusMeters;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_shelter");
            ddl.execute("CREATE TABLE bench_shelter (id BIGINT PRIMARY KEY, lat DOUBLE PRECISION NOT NULL, "
                    + "lon DOUBLE PRECISION NOT NULL, accessible BOOLEAN NOT NULL, is_open BOOLEAN NOT NULL)");
            ddl.execute("CREATE INDEX bench_shelter_lat_lon ON bench_shelter (lat, lon)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_shelter VALUES (?, ?, ?, ?, ?)")) {
            for (IndexedPoint p : shelters) {
                insert.setLong(1, p.id());
                insert.setDouble(2, p.lat());
                insert.setDouble(3, p.lon());
                insert.setBoolean(4, p.accessible());
                insert.setBoolean(5, p.open());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
        fullScan = connection.prepareStatement(SELECT + ORDER);
        inBox = connection.prepareStatement(SELECT + " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?" + ORDER);
    }

    List<Hit> nearestFullScan(double lat, double lon, int k) throws SQLException {
        bindDistance(fullScan, lat, lon);
        fullScan.setInt(4, k);
        return hits(fullScan);
    }

    /**
     * Exact: every point within r of the query lies in the box, so if the k-th best in the box is closer than r
     * nothing outside can beat it; otherwise the box doubles. Past a quarter of the Earth it falls back to a full scan.
     */
    List<Hit> nearestInBox(double lat, double lon, int k) throws SQLException {
        for (double r = startRadiusMeters; r < GreatCircle.EARTH_RADIUS_METERS; r *= 2) {
            double angle = r / GreatCircle.EARTH_RADIUS_METERS;
            if (Math.abs(lat) + Math.toDegrees(angle) >= 89) {
                break; // the box would reach over a pole
            }
            // the widest longitude difference within angle of the query is asin(sin(angle) / cos(lat)); 1% covers rounding
            double dLat = Math.toDegrees(angle) * 1.01;
            double dLon = Math.toDegrees(Math.asin(Math.sin(angle) / Math.cos(Math.toRadians(lat)))) * 1.01;
            bindDistance(inBox, lat, lon);
            inBox.setDouble(4, lat - dLat);
            inBox.setDouble(5, lat + dLat);
            inBox.setDouble(6, lon - dLon);
            inBox.setDouble(7, lon + dLon);
            inBox.setInt(8, k);
            List<Hit> hits = hits(inBox);
            if (hits.size() == k && hits.get(k - 1).distanceMeters() < r) {
                return hits;
            }
        }
        return nearestFullScan(lat, lon, k);
    }

    private static void bindDistance(PreparedStatement statement, double lat, double lon) throws SQLException {
        statement.setDouble(1, lat);
        statement.setDouble(2, lat);
        statement.setDouble(3, lon);
    }

    private static List<Hit> hits(PreparedStatement statement) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                hits.add(new Hit(rows.getLong(1), rows.getDouble(2)));
            }
        }
        return hits;
    }

    @Override
    public void close() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_shelter");
        } finally {
            connection.close();
        }
    }
}
