package org.vidnova.shelters;

/** A shelter as an import row describes it, already validated; the district is computed later from lat/lon. */
record ShelterDraft(String externalId, String name, ShelterKind kind, String address, double lat, double lon,
        Integer capacity, boolean accessible, ShelterStatus status, String hours, String notes,
        String declaredDistrict) {

    /** True when {@code s} already holds exactly these registered values (so an import changes nothing). */
    boolean sameAs(Shelter s) {
        return name.equals(s.name()) && kind == s.kind() && java.util.Objects.equals(address, s.address())
                && lat == s.lat() && lon == s.lon() && java.util.Objects.equals(capacity, s.capacity())
                && accessible == s.accessible() && status == s.status() && java.util.Objects.equals(hours, s.hours())
                && java.util.Objects.equals(notes, s.notes());
    }
}
