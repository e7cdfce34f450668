package org.vidnova.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.vidnova.geo.NearestPointIndex;
import org.vidnova.geo.NearestPointIndex.Hit;
import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/**
 * "Nearest 3 open accessible shelters" from a random point in Kharkiv: the index, a brute-force scan, and SQL on H2
 * (in memory) and PostgreSQL (only where VIDNOVA_TEST_PG_URL is set; {@link BenchmarkLauncher} runs db=h2 alone
 * otherwise). Single thread, queries per second. Run as docs/benchmarks.md says.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NearestShelterBenchmark {

    static final int K = 3;
    private static final int CHECKED_QUERIES = 200;

    @State(Scope.Benchmark)
    public static class Shelters {

        @Param({"10000", "100000"})
        public int points;

        List<IndexedPoint> list;
        NearestPointIndex index;
        BruteForceNearest bruteForce;

        @Setup(Level.Trial)
        public void setUp() {
            list = ShelterData.shelters(points);
            index = new NearestPointIndex(list);
            bruteForce = new BruteForceNearest(list);
            for (double[] q : ShelterData.queries(CHECKED_QUERIES)) {
                requireSame(bruteForce.nearest(q[0], q[1], K, true, false), index.nearest(q[0], q[1], K, true, false));
            }
        }

        /** The start radius of the SQL bounding box: one that holds about 9 open accessible shelters. */
        double boxRadiusMeters() {
            double width = (ShelterData.LON_MAX - ShelterData.LON_MIN) * Math.cos(Math.toRadians(50));
            double areaM2 = (ShelterData.LAT_MAX - ShelterData.LAT_MIN) * width * 111_195.0 * 111_195.0;
            double matchingPerM2 = points * 0.6 * 0.3 / areaM2;
            return Math.sqrt(9 / (Math.PI * matchingPerM2));
        }
    }

    /** The query points, taken in turn by each benchmark thread. */
    @State(Scope.Thread)
    public static class Queries {

        private final double[][] queries = ShelterData.queries(4096);
        private int next;

        double[] next() {
            next = (next + 1) & (queries.length - 1);
            return queries[next];
        }
    }

    /** An SQL database loaded with the shelters, whose answers are checked against the index before timing. */
    @State(Scope.Benchmark)
    public static class Database {

        @Param({"h2", "postgres"})
        public String db;

        SqlNearest sql;

        @Setup(Level.Trial)
        public void setUp(Shelters shelters) throws SQLException {
            sql = new SqlNearest(DriverManager.getConnection(url()), shelters.list, shelters.boxRadiusMeters());
            for (double[] q : ShelterData.queries(CHECKED_QUERIES)) {
                List<Hit> expected = shelters.index.nearest(q[0], q[1], K, true, false);
                requireSameIds(expected, sql.nearestFullScan(q[0], q[1], K));
                requireSameIds(expected, sql.nearestInBox(q[0], q[1], K));
            }
        }

        private String url() {
            if (db.equals("h2")) {
                return "jdbc:h2:mem:";
            }
            String url = System.getenv("VIDNOVA_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("VIDNOVA_TEST_PG_URL is not set");
            }
            return url;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            sql.close();
        }
    }

    @Benchmark
    public List<Hit> index(Shelters shelters, Queries queries) {
        double[] q = queries.next();
        return shelters.index.nearest(q[0], q[1], K, true, false);
    }

    @Benchmark
    public List<Hit> bruteForce(Shelters shelters, Queries queries) {
        double[] q = queries.next();
        return shelters.bruteForce.nearest(q[0], q[1], K, true, false);
    }

    @Benchmark
    public List<Hit> sqlFullScan(Database database, Queries queries) throws SQLException {
        double[] q = queries.next();
        return database.sql.nearestFullScan(q[0], q[1], K);
    }

    @Benchmark
    public List<Hit> sqlBoundingBox(Database database, Queries queries) throws SQLException {
        double[] q = queries.next();
        return database.sql.nearestInBox(q[0], q[1], K);
    }

    static void requireSame(List<Hit> expected, List<Hit> actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("answers differ: " + expected + " vs " + actual);
        }
    }

    /** SQL computes the distance with its own sine: the ids must agree, the last bits of a distance need not. */
    static void requireSameIds(List<Hit> expected, List<Hit> actual) {
        requireSame(expected.stream().map(h -> new Hit(h.id(), 0)).toList(),
                actual.stream().map(h -> new Hit(h.id(), 0)).toList());
    }
}
