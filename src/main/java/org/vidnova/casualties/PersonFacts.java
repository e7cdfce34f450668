package org.vidnova.casualties;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the register says of a person, from the reports linked to them. Status: killed over injured over missing
 * (a person reported missing and later found injured is injured; injured and later dead is killed). District and
 * sex: what most reports say (ties: the earliest report). Event date: the earliest. Age band: from a birth year or
 * an age at the event.
 */
record PersonFacts(long id, ReportStatus status, String district, String sex, LocalDate eventDate, String ageBand,
        int reports, int lists) {

    static PersonFacts of(List<VictimReport> reports) {
        List<VictimReport> ordered = reports.stream().sorted(Comparator.comparingLong(VictimReport::id)).toList();
        ReportStatus status = ordered.stream().map(VictimReport::status)
                .min(Comparator.comparingInt(PersonFacts::severity)).orElseThrow();
        LocalDate event = ordered.stream().map(VictimReport::eventDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new PersonFacts(ordered.get(0).id(), status, mode(ordered, VictimReport::districtCode),
                mode(ordered, VictimReport::sex), event, ageBand(ordered, event), ordered.size(),
                (int) ordered.stream().map(VictimReport::source).distinct().count());
    }

    private static int severity(ReportStatus s) {
        return switch (s) {
            case KILLED -> 0;
            case INJURED -> 1;
            case MISSING -> 2;
        };
    }

    private static String mode(List<VictimReport> reports, Function<VictimReport, String> field) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (VictimReport r : reports) {
            String v = field.apply(r);
            if (v != null) {
                int n = counts.merge(v, 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = v;
                }
            }
        }
        return best;
    }

    /** The band of the age at the event: from the first report giving an age, else from a birth year. */
    static String ageBand(List<VictimReport> reports, LocalDate event) {
        Integer age = reports.stream().map(VictimReport::age).filter(Objects::nonNull).findFirst().orElse(null);
        if (age == null && event != null) {
            age = reports.stream().map(VictimReport::birthYear).filter(Objects::nonNull).findFirst()
                    .map(y -> event.getYear() - y).orElse(null);
        }
        if (age == null || age < 0) {
            return null;
        }
        return age < 18 ? "0-17" : age < 30 ? "18-29" : age < 45 ? "30-44" : age < 60 ? "45-59" : "60+";
    }
}
