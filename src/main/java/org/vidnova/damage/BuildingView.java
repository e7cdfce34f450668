package org.vidnova.damage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.vidnova.web.Codes;

/**
 * A building as the API shows it: its fields, its current state ({@code grade} and {@code state}: none, slight,
 * moderate, severe, destroyed, or null when never assessed) and, on the building's own page, all its assessments
 * and whether assessors disagree by two grades or more.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record BuildingView(long id, String source, String externalId, String address, double lat, double lon,
        String footprint, String district, String use, String name, Integer floors, Integer housingUnits,
        Integer residents, Integer yearBuilt, String heritage, String heritageRef, Long institutionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) InstitutionView institution, Integer grade, String state,
        Long currentAssessmentId, @JsonInclude(JsonInclude.Include.NON_NULL) Disagreement disagreement,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AssessmentView> assessments, Instant createdAt,
        Instant updatedAt) {

    /** The facility the building belongs to, with its capacity. */
    record InstitutionView(String externalId, String name, String use, Integer capacityPupils,
            Integer capacityChildren, Integer capacityBeds) {

        static InstitutionView of(Institution i) {
            return i == null ? null : new InstitutionView(i.externalId(), i.name(), i.use().code(),
                    i.capacityPupils(), i.capacityChildren(), i.capacityBeds());
        }
    }

    /** The spread between the latest grades of each kind of assessor; {@code disputed} when two or more. */
    record Disagreement(boolean disputed, int spread) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AssessmentView(long id, String source, String externalId, LocalDate assessedOn, String assessor,
            String nativeClass, int grade, String state, String crosswalkVersion, boolean current,
            Integer unitsDamaged, Integer unitsDestroyed, Boolean habitable, String rebuildable, Long incidentId,
            List<Long> incidentIds,
            String evidenceFile, String evidenceSha256, Instant evidenceCapturedAt, Double evidenceLat,
            Double evidenceLon, String notes) {

        static AssessmentView of(Assessment a, boolean current) {
            return new AssessmentView(a.id(), a.source(), a.externalId(), a.assessedOn(), Codes.of(a.assessor()),
                    a.nativeClass(), a.grade(), Crosswalk.label(a.grade()), a.crosswalkVersion(), current,
                    a.unitsDamaged(), a.unitsDestroyed(), a.habitable(), Codes.of(a.rebuildable()), a.incidentId(),
                    a.incidentIds(),
                    a.evidenceFile(), a.evidenceSha256(), a.evidenceCapturedAt(), a.evidenceLat(), a.evidenceLon(),
                    a.notes());
        }
    }

    static BuildingView of(Building b) {
        return of(b, null, null, null);
    }

    static BuildingView of(DamageRegister.Found found) {
        List<Assessment> all = found.assessments();
        Long current = CurrentState.of(all).map(Assessment::id).orElse(null);
        int spread = CurrentState.spread(all);
        return of(found.building(), InstitutionView.of(found.institution()), new Disagreement(spread >= CurrentState.DISAGREEMENT, spread),
                all.stream().map(a -> AssessmentView.of(a, current != null && a.id() == current)).toList());
    }

    private static BuildingView of(Building b, InstitutionView institution, Disagreement disagreement,
            List<AssessmentView> assessments) {
        return new BuildingView(b.id(), b.source(), b.externalId(), b.address(), b.lat(), b.lon(), b.footprint(),
                b.districtCode(), b.use().code(), b.name(), b.floors(), b.housingUnits(), b.residents(),
                b.yearBuilt(), Codes.of(b.heritage()), b.heritageRef(), b.institutionId(), institution, b.currentGrade(),
                b.currentGrade() == null ? null : Crosswalk.label(b.currentGrade()), b.currentAssessmentId(),
                disagreement, assessments, b.createdAt(), b.updatedAt());
    }
}
