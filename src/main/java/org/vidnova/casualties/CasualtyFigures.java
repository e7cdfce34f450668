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
