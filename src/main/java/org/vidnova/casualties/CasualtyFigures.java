package org.vidnova.casualties;

import org.springframework.stereotype.Service;

/** The casualties module's figures for the city's dashboard (aggregates only). */
@Service
public class CasualtyFigures {

    private final CasualtyEstimates estimates;
    private final Persons persons;

    CasualtyFigures(CasualtyEstimates estimates, Persons persons) {
        this.estimates = estimates;
        this.persons = persons;
    }

    /**
     * The killed in one district (by code; null for the city): documented persons whose place of death is in it,
     * and the estimate of that stratum when the lists support one. Small counts are the caller's to suppress.
     */
    public KilledFigures killed(String district) {
        if (district == null) {
            return killed();
        }
        CasualtyEstimates.Total t = estimates.estimate(ReportStatus.KILLED, true).strata().stream()
                .filter(s -> district.equals(s.stratum())).findFirst()
                .orElse(new CasualtyEstimates.Total(district, 0, null, null));
        return new KilledFigures(t.documented(), t.estimate(), t.ci95() == null ? null : t.ci95()[0],
                t.ci95() == null ? null : t.ci95()[1], persons.lastRun().orElse(null));
    }

    /** Victim reports of the killed received on every list, before linkage (a person may be on several lists). */
    public long reportedKilled() {
        return persons.counts(Persons.By.STATUS).stream()
                .filter(row -> ReportStatus.KILLED.code().equals(row.get("status")))
                .mapToLong(row -> ((Number) row.get("reports")).longValue()).sum();
    }

    public KilledFigures killed() {
        CasualtyEstimates.Total city = estimates.estimate(ReportStatus.KILLED, false).city();
        return new KilledFigures(city.documented(), city.estimate(), city.ci95() == null ? null : city.ci95()[0],
                city.ci95() == null ? null : city.ci95()[1], persons.lastRun().orElse(null));
    }
}
