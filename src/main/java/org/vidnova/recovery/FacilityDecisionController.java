package org.vidnova.recovery;

import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.damage.BuildingUse;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;

/** Facility decisions over HTTP: the public list and evidence, and a planner's new decision. */
@RestController
@RequestMapping("/api/v1/recovery/facilities")
class FacilityDecisionController {

    private final FacilityDecisions decisions;
    private final Districts districts;

    FacilityDecisionController(FacilityDecisions decisions, Districts districts) {
        this.decisions = decisions;
        this.districts = districts;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String district,
            @RequestParam(required = false) String use, @RequestParam(required = false) String decided,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return decisions.list(filter(districts, district, use, decided), page, size);
    }

    @GetMapping("/{buildingId}")
    FacilityEvidence get(@PathVariable long buildingId) {
        return decisions.evidence(buildingId).orElseThrow(() -> FacilityDecisions.notFound(buildingId));
    }

    @PostMapping("/{buildingId}/decisions")
    @PreAuthorize("hasRole('PLANNER')")
    @ResponseStatus(HttpStatus.CREATED)
    FacilityEvidence decide(@PathVariable long buildingId, @Valid @RequestBody FacilityDecisionRequest request) {
        return decisions.decide(buildingId, request);
    }

    /** The list's filters from request parameters, each named in the problem when it is wrong. */
    static FacilityDecisions.Filter filter(Districts districts, String district, String use, String decided) {
        String districtCode = district == null || district.isBlank() ? null : districts.resolve(district.strip())
                .map(District::code).orElseThrow(() -> ApiProblem.badRequest("district",
                        "is not a Kharkiv district code or name"));
        BuildingUse facilityUse = use == null || use.isBlank() ? null : Arrays.stream(BuildingUse.values())
                .filter(u -> u.facility() && u.code().equalsIgnoreCase(use.strip())).findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("use", "must be a facility use: school, kindergarten, "
                        + "medical, perinatal, culture, administrative, industrial, other"));
        Boolean isDecided = decided == null || decided.isBlank() ? null : switch (decided.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest("decided", "must be true or false");
        };
        return new FacilityDecisions.Filter(districtCode, facilityUse, isDecided);
    }
}
