package org.vidnova.shelters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Body of {@code PATCH /api/v1/shelters/{id}}: any of status, capacity, occupancy; absent fields stay as they are. */
record ShelterPatch(
        @Pattern(regexp = "open|closed|unknown", message = "must be one of open, closed, unknown") String status,
        @Min(0) @Max(1_000_000) Integer capacity,
        @Min(0) @Max(1_000_000) Integer occupancy) {
}
