package org.vidnova.recovery;

import java.time.LocalDate;
import java.util.List;

import org.vidnova.damage.Facilities;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a facility's decision page shows beside the decisions, computed when shown (never copied into the
 * decision): the current assessment, rebuildable or not, the present population of its catchment, the spare
 * capacity of the nearest usable facilities of the same use, and the cost. {@code decisions} newest first; the
 * first is in force.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record FacilityEvidence(FacilitySummary facility, List<Facilities.Part> buildings, Assessment assessment,
        String rebuildable, Catchment catchment, Spare spare, Cost cost, List<FacilityDecisionView> decisions) {

    /** The assessment that decides the facility's state (its worst-graded building's); null when never assessed. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Assessment(long buildingId, int grade, String state, String nativeClass, String assessor,
            LocalDate assessedOn) {
    }

    /**
     * The catchment: {@code districtPeople} (and its interval) is the district's present population on
     * {@code day} from the population module; {@code share} the facility's part of it ({@code method}: capacity
     * or equal, over {@code facilities} facilities of the use in the district); {@code people} = the product.
     * Null figures when the facility lies outside every district.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Catchment(LocalDate day, String district, Long districtPeople, Long districtLow, Long districtHigh,
            Double share, String method, Integer facilities, Long people, Long low, Long high, String note) {
    }

    /**
     * The {@code k} nearest usable facilities of the same use (graded 0 or never assessed) by great-circle
     * distance. Occupancy is not recorded anywhere, so {@code total} is the sum of their design capacities: an
     * upper bound of their spare places; {@code unknownCapacity} of them have no recorded capacity and are not
     * counted ({@code total} is null when none has one).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Spare(int k, String capacityKind, List<Nearby> nearest, Long total, int unknownCapacity,
            boolean occupancyKnown, String note) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Nearby(long id, String name, String district, long distanceMeters, Integer capacity, Integer grade) {

        public String idText() {
            return String.valueOf(id);
        }
    }

    /**
     * The cost: the decision in force's estimate, else the sum of the costs of the projects it names;
     * {@code basis} says which (estimate, projects) or is null when neither is known.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cost(Long cost, String basis, Long estimate, Long projectsCost, List<ProjectRef> projects) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProjectRef(long id, String title, String status, long cost) {

        public String idText() {
            return String.valueOf(id);
        }
    }
}
