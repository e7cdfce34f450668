package org.vidnova.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Merges a district's uncovered cells into rectangles as the rows go by: a run of cells along a row becomes one
 * rectangle, and a run with the same ends and district as one in the row below extends that rectangle upwards.
 * Far fewer shapes than cells, at the cost of one pass, with no polygon union.
 */
final class UncoveredRuns {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private record Run(int district, int firstCol, int lastCol, int firstRow) {
    }

    private final Grid grid;
    private final List<String> keys;
    private final List<UncoveredArea> done = new ArrayList<>();
    private List<Run> open = new ArrayList<>();

    UncoveredRuns(Grid grid, List<String> keys) {
        this.grid = grid;
        this.keys = keys;
    }

    /** Takes one row, rows in ascending order: owner[col] is a district index or negative, covered its coverage. */
    void add(int row, int[] owner, boolean[] covered) {
        List<Run> next = new ArrayList<>();
        int below = 0; // open runs are in column order, as are this row's
        int col = 0;
        while (col < owner.length) {
            int district = owner[col];
            if (district < 0 || covered[col]) {
                col++;
                continue;
            }
            int first = col;
            while (col < owner.length && owner[col] == district && !covered[col]) {
                col++;
            }
            while (below < open.size() && open.get(below).firstCol() < first) {
                close(open.get(below++), row - 1);
            }
            Run under = below < open.size() ? open.get(below) : null;
            if (under != null && under.firstCol() == first && under.lastCol() == col - 1 && under.district() == district) {
                next.add(under);
                below++;
            } else {
                next.add(new Run(district, first, col - 1, row));
            }
        }
        while (below < open.size()) {
            close(open.get(below++), row - 1);
        }
        open = next;
    }

    /** The rectangles, once every row has been added. */
    List<UncoveredArea> finish(int rows) {
        open.forEach(run -> close(run, rows - 1));
        open = new ArrayList<>();
        return List.copyOf(done);
    }

    private void close(Run run, int lastRow) {
        double west = grid.x0() + run.firstCol() * grid.cell();
        double east = grid.x0() + (run.lastCol() + 1) * grid.cell();
        double south = grid.y0() + run.firstRow() * grid.cell();
        double north = grid.y0() + (lastRow + 1) * grid.cell();
        Coordinate[] ring = {corner(west, south), corner(east, south), corner(east, north), corner(west, north), null};
        ring[4] = ring[0];
        int cells = (run.lastCol() - run.firstCol() + 1) * (lastRow - run.firstRow() + 1);
        done.add(new UncoveredArea(keys.get(run.district()), WGS84.createPolygon(ring), cells));
    }

    private Coordinate corner(double x, double y) {
        return new Coordinate(grid.projection().lon(x, y), grid.projection().lat(y));
    }
}
