package org.vidnova.casualties.linkage;

import java.util.List;

/** Victims' reports prepared for linkage: their fields as arrays, compared and blocked as victims' reports are. */
public final class VictimReports {

    private final List<VictimReport> reports;
    private final LinkageInput input;

    public VictimReports(List<VictimReport> reports) {
        this.reports = reports;
        VictimFields fields = new VictimFields(reports);
        input = new LinkageInput(fields.list, VictimComparisons.of(fields), VictimBlocking.of(fields));
    }

    public VictimReport report(int index) {
        return reports.get(index);
    }

    public LinkageInput input() {
        return input;
    }
}
