package org.vidnova.geo;

import java.util.Collection;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Square cells of {@code cell} metres on the {@link Sinusoidal} plane: column i, row j has its centre at
 * {@code (x0 + (i + ½)·cell, y0 + (j + ½)·cell)}. Rows run south to north; each row's centres lie on one
 * parallel, so in lon/lat a row is a horizontal line of equally spaced points.
 */
record Grid(Sinusoidal projection, double cell, double x0, double y0, int cols, int rows) {

    /** Beyond this a compute would take minutes; the limit only bites for sub-metre cells over a city. */
    static final long MAX_CELLS = 50_000_000L;

    /** The grid over the given lon/lat geometries, centred on their envelope, with a spare cell on each side. */
    static Grid covering(Collection<Geometry> lonLat, double cell) {
        Envelope degrees = new Envelope();
        lonLat.forEach(g -> degrees.expandToInclude(g.getEnvelopeInternal()));
        if (degrees.isNull()) {
            return new Grid(new Sinusoidal(0), cell, 0, 0, 0, 0);
        }
        Sinusoidal projection = new Sinusoidal(degrees.centre().x);
        Envelope metres = new Envelope();
        for (Geometry g : lonLat) {
            for (Coordinate c : g.getCoordinates()) {
                metres.expandToInclude(projection.x(c.x, c.y), projection.y(c.y));
            }
        }
        // Straight lon/lat edges bow by millimetres on the plane: the spare cell keeps every centre inside.
        double x0 = (Math.floor(metres.getMinX() / cell) - 1) * cell;
        double y0 = (Math.floor(metres.getMinY() / cell) - 1) * cell;
        long cols = (long) Math.ceil((metres.getMaxX() - x0) / cell) + 1;
        long rows = (long) Math.ceil((metres.getMaxY() - y0) / cell) + 1;
        if (cols * rows > MAX_CELLS) {
            throw new IllegalArgumentException("A grid of " + cell + " m cells over this extent has " + cols * rows
                    + " cells, more than " + MAX_CELLS);
        }
        return new Grid(projection, cell, x0, y0, (int) cols, (int) rows);
    }

    double centreX(int col) {
        return x0 + (col + 0.5) * cell;
    }

    double centreY(int row) {
        return y0 + (row + 0.5) * cell;
    }

    double centreLat(int row) {
        return projection.lat(centreY(row));
    }

    double centreLon(int col, int row) {
        return projection.lon(centreX(col), centreY(row));
    }

    /** The first column whose centre is at or east of {@code lon} on the row at {@code rowLat}, in [0, cols]. */
    int firstColFrom(double lon, double rowLat) {
        double col = Math.ceil((projection.x(lon, rowLat) - x0) / cell - 0.5);
        return (int) Math.max(0, Math.min(cols, col));
    }

    /** The last column whose centre is at or west of {@code lon} on the row at {@code rowLat}, in [−1, cols − 1]. */
    int lastColTo(double lon, double rowLat) {
        double col = Math.floor((projection.x(lon, rowLat) - x0) / cell - 0.5);
        return (int) Math.max(-1, Math.min(cols - 1, col));
    }
}
