package org.vidnova.recovery;

import java.time.Instant;
import java.util.List;

import org.vidnova.damage.BuildingDirectory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A project as the API and pages show it: its figures, its {@code score} (see {@link Scoring}), the buildings it
 * concerns, the heritage note (approval needed, recorded), funding, milestones and documents.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProjectView(long id, String source, String externalId, String title, String type, String status,
        String district, long cost, long spent, double score, double scorePerMillionUah, Integer beneficiaries,
        String beneficiaryKind, int progress, List<BuildingRef> buildings, HeritageGate.Note heritage,
        List<ProjectDetails.Funding> funding, List<ProjectDetails.Milestone> milestones,
        List<ProjectDetails.Document> documents, Instant updatedAt) {

    /** A building the project concerns, by the damage register's id and key. */
    record BuildingRef(long id, String source, String externalId, String name, String heritage, Double lat,
            Double lon, Integer currentGrade) {

        static BuildingRef of(BuildingDirectory.Entry b) {
            return new BuildingRef(b.id(), b.source(), b.externalId(), b.name() != null ? b.name() : b.address(),
                    b.heritage().name().toLowerCase(java.util.Locale.ROOT), b.lat(), b.lon(), b.currentGrade());
        }
    }

    public String idText() {
        return String.valueOf(id);
    }
}
