package org.vidnova.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

import org.vidnova.geo.NearestPointIndex.IndexedPoint;

/**
 * One immutable state of the index: the grid's cells by row, and the points outside the grid. A change copies only
 * the top-level array and the rows it touches (about the square root of the number of cells) and is published by
 * one volatile write, so a reader sees either the whole change or none of it.
 */
final class GridSnapshot {

    final PointGrid grid;
    final PointCell[][] cells;
    final PointCell outside;
    final int size;

    private GridSnapshot(PointGrid grid, PointCell[][] cells, PointCell outside, int size) {
        this.grid = grid;
        this.cells = cells;
        this.outside = outside;
        this.size = size;
    }

    static GridSnapshot build(Collection<IndexedPoint> points) {
        PointGrid grid = PointGrid.covering(points);
        int cols = grid.cols;
        // bucket by cell with counts and offsets rather than a list per cell: most cells are small
        int[] start = new int[grid.rows * cols + 1];
        List<IndexedPoint> outside = new ArrayList<>();
        for (IndexedPoint p : points) {
            if (grid.contains(p.lat(), p.lon())) {
                start[grid.row(p.lat()) * cols + grid.col(p.lon()) + 1]++;
            } else {
                outside.add(p);
            }
        }
        Arrays.parallelPrefix(start, Integer::sum);
        IndexedPoint[] byCell = new IndexedPoint[start[start.length - 1]];
        int[] next = start.clone();
        for (IndexedPoint p : points) {
            if (grid.contains(p.lat(), p.lon())) {
                byCell[next[grid.row(p.lat()) * cols + grid.col(p.lon())]++] = p;
            }
        }
        PointCell[][] cells = new PointCell[grid.rows][cols];
        for (int r = 0; r < grid.rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                cells[r][c] = PointCell.of(Arrays.copyOfRange(byCell, start[i], start[i + 1]));
            }
        }
        return new GridSnapshot(grid, cells, PointCell.of(outside.toArray(IndexedPoint[]::new)), points.size());
    }

    /** This state with {@code removed} taken out and {@code added} put in (either may be null). */
    GridSnapshot replacing(IndexedPoint removed, IndexedPoint added) {
        PointCell[][] copy = cells.clone();
        PointCell out = outside;
        int newSize = size;
        if (removed != null) {
            if (grid.contains(removed.lat(), removed.lon())) {
                edit(copy, removed, cell -> cell.without(removed.id()));
            } else {
                out = out.without(removed.id());
            }
            newSize--;
        }
        if (added != null) {
            if (grid.contains(added.lat(), added.lon())) {
                edit(copy, added, cell -> cell.with(added));
            } else {
                out = out.with(added);
            }
            newSize++;
        }
        return new GridSnapshot(grid, copy, out, newSize);
    }

    /** Changes the cell of a point in {@code copy}, copying its row first unless this change already did. */
    private void edit(PointCell[][] copy, IndexedPoint point, UnaryOperator<PointCell> change) {
        int r = grid.row(point.lat());
        int c = grid.col(point.lon());
        if (copy[r] == cells[r]) {
            copy[r] = cells[r].clone();
        }
        copy[r][c] = change.apply(copy[r][c]);
    }
}
