package org.vidnova.geo;

import org.locationtech.jts.geom.Polygon;

/**
 * A rectangle of whole grid cells of one district, none of them within reach: a run of cells along a row, or
 * the same run over consecutive rows. Its corners are the cells' corners, in WGS84 lon/lat (x = lon, y = lat).
 */
public record UncoveredArea(String district, Polygon area, int cells) {
}
