package org.vidnova.web;

import java.util.ArrayList;
import java.util.List;

/** Collects the outcome of an import row by row; {@link #report()} gives the {@link ImportReport}. */
public final class ImportTally {

    /** What happened to an accepted row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private static final int MAX_LISTED = 1000;

    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<FieldError> warnings = new ArrayList<>();

    public void accepted(Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    /** A rejected row, with all the reasons found in it. */
    public void rejected(List<FieldError> reasons) {
        rejected++;
        // Keep the report bounded for a file where every row is wrong; the counts stay exact.
        for (FieldError reason : reasons) {
            if (errors.size() < MAX_LISTED) {
                errors.add(reason);
            }
        }
    }

    public void warn(FieldError warning) {
        if (warnings.size() < MAX_LISTED) {
            warnings.add(warning);
        }
    }

    public ImportReport report() {
        return new ImportReport(created + updated + unchanged, rejected, created, updated, unchanged,
                List.copyOf(errors), List.copyOf(warnings));
    }
}
