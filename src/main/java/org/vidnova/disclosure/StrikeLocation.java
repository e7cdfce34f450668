package org.vidnova.disclosure;

/** How precisely the public sees where a strike was: as recorded, or only its district. */
public enum StrikeLocation {
    EXACT, DISTRICT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
