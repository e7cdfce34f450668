package org.vidnova.geo;

/**
 * How much of one district a coverage grid found within reach.
 *
 * @param key          the district's key as given
 * @param areaKm2      {@code cells × cellMeters²}: the grid's estimate of the district's area (each cell's area
 *                     on the sphere is exactly cellMeters², the projection being equal-area); it differs from the
 *                     polygon's area only by the cells that the boundary cuts
 * @param coveredKm2   {@code coveredCells × cellMeters²}
 * @param coveredShare {@code coveredCells / cells}, in [0, 1]; 0 for a district too small to hold a cell centre
 * @param cells        cells whose centre lies in the district
 * @param coveredCells those of them whose centre is within the radius of a point
 */
public record DistrictCoverage(String key, double areaKm2, double coveredKm2, double coveredShare, int cells,
        int coveredCells) {

    static DistrictCoverage of(String key, int cells, int coveredCells, double cellMeters) {
        double cellKm2 = cellMeters * cellMeters / 1_000_000.0;
        return new DistrictCoverage(key, cells * cellKm2, coveredCells * cellKm2,
                cells == 0 ? 0 : (double) coveredCells / cells, cells, coveredCells);
    }
}
