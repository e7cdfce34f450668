package org.vidnova.shelters;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;

/**
 * The nearest open shelters, the busiest public endpoint. Ranges are checked by hand rather than by bean
 * validation, which would cost more than the lookup itself; the 400 still names the parameter.
 */
@RestController
class NearestShelterController {

    private final NearestShelters nearest;
    private final PublicShelters publicShelters;

    NearestShelterController(NearestShelters nearest, PublicShelters publicShelters) {
        this.nearest = nearest;
        this.publicShelters = publicShelters;
    }

    @GetMapping("/api/v1/shelters/nearest")
    Map<String, List<NearestShelter>> nearest(@RequestParam double lat, @RequestParam double lon,
            @RequestParam(defaultValue = "3") int limit, @RequestParam(defaultValue = "false") boolean accessible,
            @RequestParam(defaultValue = "false") boolean includeClosed) {
        if (!(lat >= -90 && lat <= 90)) {
            throw ApiProblem.badRequest("lat", "must be a number from -90 to 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw ApiProblem.badRequest("lon", "must be a number from -180 to 180");
        }
        if (limit < 1 || limit > 50) {
            throw ApiProblem.badRequest("limit", "must be from 1 to 50");
        }
        return Map.of("items", nearest.nearest(lat, lon, limit, accessible, includeClosed,
                publicShelters.hiddenKinds()));
    }
}
