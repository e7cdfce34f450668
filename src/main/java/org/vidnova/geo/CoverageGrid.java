package org.vidnova.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * Share of each district's area within a radius of the nearest of some points (for example open shelters),
 * measured on a grid of square cells. Plain Java, no Spring; immutable and safe to share between threads.
 * <p>
 * The cells are {@code cellMeters} squares on the sinusoidal projection centred on the districts (equal-area,
 * so each cell is exactly cellMeters² on the sphere of mean radius; at a city's width the cells' angles shear
 * by under 0.2°). A cell belongs to the district whose polygon contains its centre; a centre on a border shared
 * by several belongs to the one whose key sorts first, as in {@link DistrictIndex}. A cell is covered when the
 * great-circle (haversine) distance from its centre to the nearest point is ≤ {@code radiusMeters}. So areas
 * and shares are exact for the cells; against the true polygons and discs they err only by the cells that a
 * boundary or a circle cuts. Districts must not cross the antimeridian.
 * <p>
 * Cost: one pass over the rows, each crossing every district edge once and painting each point's reach along
 * the row as one interval; no cell-by-point or cell-by-polygon tests.
 */
public final class CoverageGrid {

    /** The product wants at least this resolution: a cell must be no larger than a city block's side. */
    public static final double MAX_CELL_METERS = 50;

    private final double cellMeters;
    private final double radiusMeters;

    private CoverageGrid(double cellMeters, double radiusMeters) {
        this.cellMeters = cellMeters;
        this.radiusMeters = radiusMeters;
    }

    /**
     * @param cellMeters   the cells' edge, in (0, 50] metres
     * @param radiusMeters the reach of each point, ≥ 0 metres, for example 500
     */
    public static CoverageGrid of(double cellMeters, double radiusMeters) {
        if (!(cellMeters > 0 && cellMeters <= MAX_CELL_METERS)) {
            throw new IllegalArgumentException("Cell size must be in (0, " + MAX_CELL_METERS + "] m, not " + cellMeters);
        }
        if (!(radiusMeters >= 0 && radiusMeters < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Radius must be a finite number of metres ≥ 0, not " + radiusMeters);
        }
        return new CoverageGrid(cellMeters, radiusMeters);
    }

    public double cellMeters() {
        return cellMeters;
    }

    public double radiusMeters() {
        return radiusMeters;
    }

    /**
     * @param districts key → polygon or multipolygon in WGS84 lon/lat (x = lon, y = lat)
     * @param points    the points whose reach counts, for example the open shelters; none leaves all uncovered
     * @throws IllegalArgumentException if the districts span more than {@link Grid#MAX_CELLS} cells
     */
    public CoverageResult compute(Map<String, Geometry> districts, List<LatLon> points) {
        List<String> keys = districts.keySet().stream().sorted(Comparator.naturalOrder()).toList();
        Grid grid = Grid.covering(keys.stream().map(districts::get).toList(), cellMeters);
        List<DistrictScan> scans = keys.stream().map(key -> new DistrictScan(districts.get(key))).toList();
        Discs discs = new Discs(points, radiusMeters);
        UncoveredRuns runs = new UncoveredRuns(grid, keys);
        int[] cells = new int[keys.size()];
        int[] covered = new int[keys.size()];
        int[] owner = new int[grid.cols()];
        int[] mark = new int[grid.cols()];
        boolean[] reached = new boolean[grid.cols()];
        int stamp = 0;
        for (int row = 0; row < grid.rows(); row++) {
            Arrays.fill(owner, -1);
            for (int d = 0; d < scans.size(); d++) {
                scans.get(d).claim(grid, row, d, owner, mark, ++stamp);
            }
            Arrays.fill(reached, false);
            discs.mark(grid, row, reached);
            for (int col = 0; col < owner.length; col++) {
                if (owner[col] >= 0) {
                    cells[owner[col]]++;
                    covered[owner[col]] += reached[col] ? 1 : 0;
                }
            }
            runs.add(row, owner, reached);
        }
        List<DistrictCoverage> result = new ArrayList<>();
        for (int d = 0; d < keys.size(); d++) {
            result.add(DistrictCoverage.of(keys.get(d), cells[d], covered[d], cellMeters));
        }
        List<UncoveredArea> uncovered = new ArrayList<>(runs.finish(grid.rows()));
        uncovered.sort(Comparator.comparing(UncoveredArea::district)); // stable, so rows stay in order
        return new CoverageResult(cellMeters, radiusMeters, result, uncovered);
    }
}
