package org.vidnova.casualties.linkage;

import static org.vidnova.casualties.linkage.VictimFields.NONE;
import static org.vidnova.casualties.linkage.VictimFields.UNKNOWN_NAMES;

import java.util.List;

/** How two victims' reports are compared, field by field, each as levels of agreement. */
final class VictimComparisons {

    static final String FAMILY = "family name";
    static final String GIVEN = "given name";
    static final String PATRONYMIC = "patronymic";
    static final String BIRTH = "birth";
    static final String EVENT = "event day";

    private VictimComparisons() {
    }

    static List<Comparison> of(VictimFields f) {
        return List.of(
                new Names(FAMILY, f.family, null),
                new Names(GIVEN, f.given, f.givenGroup),
                new Names(PATRONYMIC, f.patronymic, f.patronymicGroup),
                Comparison.of(BIRTH, 6, new Birth(f)::level),
                Comparison.of(EVENT, 4, (a, b) -> eventDay(f, a, b)),
                Comparison.of("sex", 2, (a, b) -> same(f.sex[a] == ' ' ? NONE : f.sex[a], f.sex[b] == ' ' ? NONE
                        : f.sex[b])),
                Comparison.of("district", 2, (a, b) -> same(f.district[a] == 0 ? NONE : f.district[a],
                        f.district[b] == 0 ? NONE : f.district[b])));
    }

    /**
     * Names: the same group (or key) agrees fully, then two bands of Jaro–Winkler similarity of the keys, then
     * different names; for given names and patronymics, two different names both in the table (Volodymyr and Nazar)
     * are a level of their own, much stronger evidence against a match than an unknown spelling far from the other.
     */
    private record Names(String name, String[] keys, int[] groups) implements Comparison {

        @Override
        public int levels() {
            return groups == null ? 4 : 5;
        }

        @Override
        public int level(int a, int b) {
            String x = keys[a];
            String y = keys[b];
            if (x.isEmpty() || y.isEmpty()) {
                return Comparison.MISSING;
            }
            if (x.equals(y) || (groups != null && groups[a] == groups[b])) {
                return 0;
            }
            double similarity = NameSimilarity.of(x, y);
            if (similarity >= 0.94) {
                return 1;
            }
            if (similarity >= 0.85) {
                return 2;
            }
            return groups != null && groups[a] < UNKNOWN_NAMES && groups[b] < UNKNOWN_NAMES ? 4 : 3;
        }
    }

    /**
     * Birth: the same date; a date a day off, with day and month swapped or one digit wrong; the same year, or an
     * age that fits the birth date at the event; within two years; within ten; further apart (a child and a parent
     * of one family killed together differ by far more than a clerk's slip).
     */
    private record Birth(VictimFields f) {

        int level(int a, int b) {
            if (f.birthDay[a] != NONE && f.birthDay[b] != NONE) {
                if (f.birthDay[a] == f.birthDay[b]) {
                    return 0;
                }
                if (Math.abs(f.birthDay[a] - f.birthDay[b]) <= 1 || nearDate(f.birthDate[a], f.birthDate[b])) {
                    return 1;
                }
                return years(Math.abs(f.birthYear[a] - f.birthYear[b]));
            }
            if (f.birthYear[a] != NONE && f.birthYear[b] != NONE) {
                return years(Math.abs(f.birthYear[a] - f.birthYear[b]));
            }
            int ageA = impliedAge(a, b);
            int ageB = impliedAge(b, a);
            if (ageA == NONE || ageB == NONE) {
                return Comparison.MISSING;
            }
            return years(Math.abs(ageA - ageB));
        }

        private int years(int apart) {
            return apart == 0 ? 2 : apart <= 2 ? 3 : apart <= 10 ? 4 : 5;
        }

        /** Age at the event: stated, or from the birth date and an event day (this record's or the other's). */
        private int impliedAge(int record, int other) {
            if (f.age[record] != NONE) {
                return f.age[record];
            }
            int event = f.eventDay[record] != NONE ? f.eventDate[record]
                    : f.eventDay[other] != NONE ? f.eventDate[other] : NONE;
            if (event == NONE) {
                return NONE;
            }
            if (f.birthDay[record] != NONE) {
                int born = f.birthDate[record];
                return event / 10_000 - born / 10_000 - (event % 10_000 < born % 10_000 ? 1 : 0);
            }
            if (f.birthYear[record] != NONE) {
                return event / 10_000 - f.birthYear[record];
            }
            return NONE;
        }

        /** Day and month swapped, or one of year, month, day wrong by a digit or more (dates as yyyymmdd). */
        private boolean nearDate(int x, int y) {
            int xYear = x / 10_000;
            int yYear = y / 10_000;
            int xMonth = x / 100 % 100;
            int yMonth = y / 100 % 100;
            int xDay = x % 100;
            int yDay = y % 100;
            boolean swapped = xYear == yYear && xMonth == yDay && xDay == yMonth;
            int same = (xYear == yYear ? 1 : 0) + (xMonth == yMonth ? 1 : 0) + (xDay == yDay ? 1 : 0);
            return swapped || same == 2 && (xYear == yYear || digitApart(xYear, yYear));
        }

        private boolean digitApart(int a, int b) {
            int diff = 0;
            for (; a > 0 || b > 0; a /= 10, b /= 10) {
                diff += a % 10 != b % 10 ? 1 : 0;
            }
            return diff == 1;
        }
    }

    /** The event day: the same, a day off (lists record the day of death and the day of the report), within a week. */
    private static int eventDay(VictimFields f, int a, int b) {
        if (f.eventDay[a] == NONE || f.eventDay[b] == NONE) {
            return Comparison.MISSING;
        }
        int apart = Math.abs(f.eventDay[a] - f.eventDay[b]);
        return apart == 0 ? 0 : apart == 1 ? 1 : apart <= 7 ? 2 : 3;
    }

    /** Agreement of a coded field. */
    private static int same(int x, int y) {
        return x == NONE || y == NONE ? Comparison.MISSING : x == y ? 0 : 1;
    }
}
