package org.vidnova.recovery;

import java.util.List;
import java.util.OptionalLong;

/**
 * Extension point for the population module: the present population of the catchment of a project's buildings
 * (e.g. the children living within reach of a kindergarten). Until an adapter over the population module's
 * facade is registered as a bean, {@link #none()} answers and the scoring uses the project's own
 * {@code beneficiaries} count.
 */
@FunctionalInterface
interface CatchmentPopulation {

    /** The people the project would serve by its catchment, or empty when not known. */
    OptionalLong of(String districtCode, BeneficiaryKind kind, List<Long> buildingIds);

    static CatchmentPopulation none() {
        return (district, kind, buildings) -> OptionalLong.empty();
    }
}
