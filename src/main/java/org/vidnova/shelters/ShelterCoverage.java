package org.vidnova.shelters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.vidnova.geo.CoverageGrid;
import org.vidnova.geo.CoverageResult;
import org.vidnova.geo.District;
import org.vidnova.geo.DistrictCoverage;
import org.vidnova.geo.Districts;
import org.vidnova.geo.LatLon;

/**
 * Where shelter capacity falls short. Computed from the open shelters on demand (tens of milliseconds for
 * Kharkiv) and kept until the register next changes, once per set of kinds the disclosure policy hides: the
 * public's coverage leaves hidden shelters out, since the covered circles would show where they are.
 */
@Service
class ShelterCoverage {

    static final double RADIUS_METERS = 500;
    static final double CELL_METERS = 50;

    private record Computed(long version, CoverageReport report, String uncoveredGeoJson) {
    }

    private final NearestShelters shelters;
    private final Districts districts;
    private final PublicShelters publicShelters;
    private final CoverageGrid grid = CoverageGrid.of(CELL_METERS, RADIUS_METERS);
    private final Map<Set<ShelterKind>, Computed> cached = new ConcurrentHashMap<>();

    ShelterCoverage(NearestShelters shelters, Districts districts, PublicShelters publicShelters) {
        this.shelters = shelters;
        this.districts = districts;
        this.publicShelters = publicShelters;
    }

    CoverageReport report() {
        return computed().report();
    }

    String uncoveredGeoJson() {
        return computed().uncoveredGeoJson();
    }

    private Computed computed() {
        long version = shelters.version();
        Set<ShelterKind> hidden = publicShelters.hiddenKinds();
        Computed c = cached.get(hidden);
        if (c == null || c.version() != version) {
            c = compute(version, hidden);
            cached.put(hidden, c);
        }
        return c;
    }

    private Computed compute(long version, Set<ShelterKind> hidden) {
        List<Shelter> open = shelters.all().stream()
                .filter(s -> s.status() == ShelterStatus.OPEN && !hidden.contains(s.kind())).toList();
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (District d : districts.all()) {
            boundaries.put(d.code(), districts.boundary(d.code()).orElseThrow());
        }
        CoverageResult result = grid.compute(boundaries,
                open.stream().map(s -> new LatLon(s.lat(), s.lon())).toList());
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Long> capacity = new HashMap<>();
        for (Shelter s : open) {
            if (s.districtCode() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(s.districtCode(), k -> new int[2]);
            c[0]++;
            if (s.capacity() == null) {
                c[1]++;
            } else {
                capacity.merge(s.districtCode(), (long) s.capacity(), Long::sum);
            }
        }
        List<CoverageReport.Row> rows = new ArrayList<>();
        int cityOpen = 0;
        int cityUnknown = 0;
        long cityCapacity = 0;
        int cityPopulation = 0;
        double cityArea = 0;
        double cityCovered = 0;
        for (DistrictCoverage dc : result.districts()) {
            District d = districts.byCode(dc.key()).orElseThrow();
            int[] c = counts.getOrDefault(dc.key(), new int[2]);
            long places = capacity.getOrDefault(dc.key(), 0L);
            rows.add(new CoverageReport.Row(d.code(), d.nameUk(), d.nameEn(), c[0], places, c[1], d.population(),
                    perThousand(places, d.population()), round(dc.areaKm2()), round(dc.coveredKm2()),
                    round4(dc.coveredShare())));
            cityOpen += c[0];
            cityUnknown += c[1];
            cityCapacity += places;
            cityPopulation += d.population() == null ? 0 : d.population();
            cityArea += dc.areaKm2();
            cityCovered += dc.coveredKm2();
        }
        CoverageReport.Row city = new CoverageReport.Row(null, "Харків", "Kharkiv", cityOpen, cityCapacity,
                cityUnknown, cityPopulation, perThousand(cityCapacity, cityPopulation), round(cityArea),
                round(cityCovered), round4(result.coveredShare()));
        return new Computed(version, new CoverageReport(RADIUS_METERS, CELL_METERS, Instant.now(), rows, city,
                hidden.stream().map(ShelterKind::code).sorted().toList()),
                result.toGeoJson());
    }

    private static Double perThousand(long places, Integer population) {
        return population == null || population == 0 ? null : Math.round(places * 1000.0 / population * 100) / 100.0;
    }

    private static double round(double km2) {
        return Math.round(km2 * 100) / 100.0;
    }

    private static double round4(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
