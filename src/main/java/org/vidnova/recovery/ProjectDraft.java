package org.vidnova.recovery;

import java.util.List;

/** One import row: the project and the external ids of its buildings in {@code buildingSource}. */
record ProjectDraft(String externalId, String title, ProjectType type, ProjectStatus status, String district,
        long cost, Integer beneficiaries, BeneficiaryKind beneficiaryKind, String buildingSource,
        List<String> buildingExternalIds) {
}
