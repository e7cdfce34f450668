package org.vidnova.recovery;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The parts of a project kept in their own tables: funding sources, milestones, documents. */
final class ProjectDetails {

    private ProjectDetails() {
    }

    /** A funding source: the city budget, the state or a named donor, with its amount in whole UAH. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Funding(String kind, String funder, long amount) {
    }

    /** A milestone with its planned date and, once reached, the date it was done. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Milestone(String title, LocalDate dueOn, LocalDate doneOn) {
    }

    /** A published document: title and link. */
    record Document(String title, String url) {
    }
}
