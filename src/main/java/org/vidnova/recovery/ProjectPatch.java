package org.vidnova.recovery;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/v1/recovery/projects/{id}}: any field; absent fields stay as they are, and a list
 * given replaces the stored one.
 */
record ProjectPatch(
        @Size(min = 1, max = 300) String title,
        @Pattern(regexp = "construction|rehabilitation|replacement|expansion|decommissioning|maintenance",
                message = "must be an OC4IDS project type") String type,
        @Pattern(regexp = "identification|preparation|implementation|completion|completed|cancelled",
                message = "must be an OC4IDS project status") String status,
        @Size(max = 100) String district,
        @Min(0) @Max(10_000_000_000_000L) Long cost,
        @Min(0) @Max(10_000_000_000_000L) Long spent,
        @Min(0) @Max(100_000_000) Integer beneficiaries,
        @Pattern(regexp = "pupils|children|beds|households|people", message = "must be one of pupils, children, "
                + "beds, households, people") String beneficiaryKind,
        @Min(0) @Max(100) Integer progress,
        @Size(max = 50) List<@Valid @NotNull Funding> funding,
        @Size(max = 100) List<@Valid @NotNull Milestone> milestones,
        @Size(max = 100) List<@Valid @NotNull Document> documents) {

    record Funding(@NotNull @Pattern(regexp = "city|state|donor", message = "must be city, state or donor") String kind,
            @Size(max = 200) String funder, @NotNull @Min(0) @Max(10_000_000_000_000L) Long amount) {
    }

    record Milestone(@NotBlank @Size(max = 300) String title, LocalDate dueOn, LocalDate doneOn) {
    }

    record Document(@NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String url) {
    }
}
