package org.vidnova.recovery;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A planner's decision as posted: {@code decision} one of repair, rebuild, relocate, merge, demolish;
 * {@code mergeTarget} a building id of the facility of the same use that takes over (required for merge);
 * {@code relocateDistrict} (code or name) and/or {@code relocateLat}/{@code relocateLon} for relocate (optional);
 * {@code costEstimate} in whole UAH; {@code reason} required; {@code projectIds} recovery projects it names.
 */
record FacilityDecisionRequest(@NotBlank String decision, Long mergeTarget, @Size(max = 100) String relocateDistrict,
        @DecimalMin("-90") @DecimalMax("90") Double relocateLat,
        @DecimalMin("-180") @DecimalMax("180") Double relocateLon, @PositiveOrZero Long costEstimate,
        @NotBlank @Size(max = 4000) String reason, @Size(max = 50) List<Long> projectIds) {
}
