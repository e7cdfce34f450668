package org.vidnova.casualties.linkage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Victims' reports prepared for linkage: every name reduced once to its comparable key and name group, dates to day
 * numbers, so that comparing millions of pairs reads arrays instead of parsing strings.
 */
public final class VictimReports {

    private static final int NONE = Integer.MIN_VALUE;
    /** Name groups from here on are names the table does not know, one number per spelling. */
    private static final int UNKNOWN_NAMES = 1_000_000;
    private static final String FAMILY = "family name";
    private static final String GIVEN = "given name";
    private static final String PATRONYMIC = "patronymic";
    private static final String BIRTH = "birth";
    private static final String EVENT = "event day";

    private final List<VictimReport> reports;
    private final int[] list;
    private final String[] family;
    private final int[] familyId;
    private final String[] given;
    private final int[] givenGroup;
    private final String[] patronymic;
    private final int[] patronymicGroup;
    private final long[][] familyVariants;
    private final int[] birthDay;
    /** Dates as yyyymmdd, so that comparing millions of pairs takes no date objects. */
    private final int[] birthDate;
    private final int[] eventDate;
    private final int[] birthYear;
    private final int[] age;
    private final int[] eventDay;
    private final char[] sex;
    private final int[] district;
    private final LinkageInput input;

    public VictimReports(List<VictimReport> reports) {
        this.reports = reports;
        int n = reports.size();
        list = new int[n];
        family = new String[n];
        familyId = new int[n];
        given = new String[n];
        givenGroup = new int[n];
        patronymic = new String[n];
        patronymicGroup = new int[n];
        familyVariants = new long[n][];
        birthDay = new int[n];
        birthDate = new int[n];
        eventDate = new int[n];
        birthYear = new int[n];
        age = new int[n];
        eventDay = new int[n];
        sex = new char[n];
        district = new int[n];
        Map<String, Integer> lists = new HashMap<>();
        Map<String, String> latin = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, long[]> variants = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        GivenNames names = GivenNames.table();
        for (int i = 0; i < n; i++) {
            VictimReport r = reports.get(i);
            list[i] = lists.computeIfAbsent(r.list(), k -> lists.size());
            String familyLatin = latin.computeIfAbsent(nonNull(r.familyName()), Transliteration::latin);
            family[i] = Transliteration.fold(familyLatin);
            familyId[i] = id(ids, family[i]);
            familyVariants[i] = variants.computeIfAbsent(familyLatin, Deletions::of);
            String givenLatin = latin.computeIfAbsent(nonNull(r.givenName()), Transliteration::latin);
            String givenKey = Transliteration.fold(givenLatin);
            given[i] = givenKey;
            givenGroup[i] = groups.computeIfAbsent("g:" + givenLatin,
                    k -> group(names.givenGroupNear(givenLatin), ids, k, givenKey));
            String patronymicLatin = latin.computeIfAbsent(nonNull(r.patronymic()), Transliteration::latin);
            String patronymicKey = Transliteration.fold(patronymicLatin);
            patronymic[i] = patronymicKey;
            patronymicGroup[i] = groups.computeIfAbsent("p:" + patronymicLatin,
                    k -> group(names.patronymicGroupNear(patronymicLatin), ids, k, patronymicKey));
            LocalDate born = r.birthDate();
            birthDay[i] = born == null ? NONE : (int) born.toEpochDay();
            birthYear[i] = born != null ? born.getYear() : r.birthYear() == null ? NONE : r.birthYear();
            age[i] = r.age() == null ? NONE : r.age();
            eventDay[i] = r.eventDate() == null ? NONE : (int) r.eventDate().toEpochDay();
            birthDate[i] = yyyymmdd(born);
            eventDate[i] = yyyymmdd(r.eventDate());
            sex[i] = r.sex() == 'M' || r.sex() == 'F' ? r.sex() : ' ';
            district[i] = r.district() == null || r.district().isBlank() ? 0 : id(ids, "d:" + r.district());
        }
        List<Comparison> comparisons = List.of(
                new Names(FAMILY, family, null),
                new Names(GIVEN, given, givenGroup),
                new Names(PATRONYMIC, patronymic, patronymicGroup),
                new Birth(),
                new EventDay(),
                new Same("sex", i -> sex[i] == ' ' ? NONE : sex[i]),
                new Same("district", i -> district[i] == 0 ? NONE : district[i]));
        List<BlockingKey> blockingKeys = List.of(
                BlockingKey.multi("family name one letter off, given name", Set.of(FAMILY, GIVEN), (i, values) -> {
                    if (givenGroup[i] != NONE) {
                        for (long variant : familyVariants[i]) {
                            values.accept(BlockingKey.of(1, variant, givenGroup[i]));
                        }
                    }
                }),
                BlockingKey.multi("family name one letter off, birth year", Set.of(FAMILY, BIRTH), (i, values) -> {
                    for (long variant : familyVariants[i]) {
                        birthYears(i, year -> values.accept(BlockingKey.of(2, variant, year)));
                    }
                }),
                BlockingKey.multi("family name one letter off, event day", Set.of(FAMILY, EVENT), (i, values) -> {
                    if (eventDay[i] != NONE) {
                        for (long variant : familyVariants[i]) {
                            values.accept(BlockingKey.of(3, variant, eventDay[i]));
                            values.accept(BlockingKey.of(3, variant, eventDay[i] + 1));
                        }
                    }
                }).blockingOnly(),
                BlockingKey.named("family name, patronymic", Set.of(FAMILY, PATRONYMIC),
                        i -> family[i].isEmpty() || patronymicGroup[i] == NONE
                        ? BlockingKey.NONE : BlockingKey.of(4, familyId[i], patronymicGroup[i])).blockingOnly(),
                BlockingKey.named("given name, birth date", Set.of(GIVEN, BIRTH), i -> givenGroup[i] == NONE || birthDay[i] == NONE
                        ? BlockingKey.NONE : BlockingKey.of(5, givenGroup[i], birthDay[i])),
                BlockingKey.multi("given name, patronymic, event day", Set.of(GIVEN, PATRONYMIC, EVENT),
                        (i, values) -> {
                    if (givenGroup[i] != NONE && patronymicGroup[i] != NONE && eventDay[i] != NONE) {
                        values.accept(BlockingKey.of(6, givenGroup[i], patronymicGroup[i], eventDay[i]));
                        values.accept(BlockingKey.of(6, givenGroup[i], patronymicGroup[i], eventDay[i] + 1));
                    }
                }),
                BlockingKey.multi("given name, birth year, event day", Set.of(GIVEN, BIRTH, EVENT), (i, values) -> {
                    if (givenGroup[i] != NONE && eventDay[i] != NONE) {
                        birthYears(i, year -> {
                            values.accept(BlockingKey.of(7, givenGroup[i], year, eventDay[i]));
                            values.accept(BlockingKey.of(7, givenGroup[i], year, eventDay[i] + 1));
                        });
                    }
                }));
        input = new LinkageInput(list, comparisons, blockingKeys);
    }

    public VictimReport report(int index) {
        return reports.get(index);
    }

    public LinkageInput input() {
        return input;
    }

    /**
     * The birth year, or the two it may be from an age at the event (a man of 40 killed in May 2022 was born in 1981
     * or 1982); none when neither is known.
     */
    private void birthYears(int i, IntConsumer years) {
        if (birthYear[i] != NONE) {
            years.accept(birthYear[i]);
        } else if (age[i] != NONE && eventDay[i] != NONE) {
            int eventYear = eventDate[i] / 10_000;
            years.accept(eventYear - age[i]);
            years.accept(eventYear - age[i] - 1);
        }
    }

    private static int yyyymmdd(LocalDate date) {
        return date == null ? NONE : date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static int id(Map<String, Integer> ids, String key) {
        return ids.computeIfAbsent(key, k -> ids.size() + 1);
    }

    /** The table's group for a known name; a number of its own (beyond the table's) for an unknown one. */
    private static int group(int known, Map<String, Integer> ids, String idKey, String key) {
        // idKey is the Latin spelling: two spellings of one unknown name with one key get two numbers, and compare
        // equal by key
        if (key.isEmpty()) {
            return NONE;
        }
        return known >= 0 ? known : UNKNOWN_NAMES + id(ids, idKey);
    }

    private interface Field {
        long value(int record);
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
                return MISSING;
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
    private final class Birth implements Comparison {

        @Override
        public String name() {
            return BIRTH;
        }

        @Override
        public int levels() {
            return 6;
        }

        @Override
        public int level(int a, int b) {
            if (birthDay[a] != NONE && birthDay[b] != NONE) {
                if (birthDay[a] == birthDay[b]) {
                    return 0;
                }
                if (Math.abs(birthDay[a] - birthDay[b]) <= 1 || nearDate(birthDate[a], birthDate[b])) {
                    return 1;
                }
                return years(Math.abs(birthYear[a] - birthYear[b]));
            }
            if (birthYear[a] != NONE && birthYear[b] != NONE) {
                return years(Math.abs(birthYear[a] - birthYear[b]));
            }
            int ageA = impliedAge(a, b);
            int ageB = impliedAge(b, a);
            if (ageA == NONE || ageB == NONE) {
                return MISSING;
            }
            return years(Math.abs(ageA - ageB));
        }

        private int years(int apart) {
            return apart == 0 ? 2 : apart <= 2 ? 3 : apart <= 10 ? 4 : 5;
        }

        /** Age at the event: stated, or from the birth date and an event day (this record's or the other's). */
        private int impliedAge(int record, int other) {
            if (age[record] != NONE) {
                return age[record];
            }
            int event = eventDay[record] != NONE ? eventDate[record] : eventDay[other] != NONE ? eventDate[other] : NONE;
            if (event == NONE) {
                return NONE;
            }
            if (birthDay[record] != NONE) {
                int born = birthDate[record];
                return event / 10_000 - born / 10_000 - (event % 10_000 < born % 10_000 ? 1 : 0);
            }
            if (birthYear[record] != NONE) {
                return event / 10_000 - birthYear[record];
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
    private final class EventDay implements Comparison {

        @Override
        public String name() {
            return EVENT;
        }

        @Override
        public int levels() {
            return 4;
        }

        @Override
        public int level(int a, int b) {
            if (eventDay[a] == NONE || eventDay[b] == NONE) {
                return MISSING;
            }
            int apart = Math.abs(eventDay[a] - eventDay[b]);
            return apart == 0 ? 0 : apart == 1 ? 1 : apart <= 7 ? 2 : 3;
        }
    }

    /** Agreement of a coded field. */
    private record Same(String name, Field field) implements Comparison {

        @Override
        public int levels() {
            return 2;
        }

        @Override
        public int level(int a, int b) {
            long x = field.value(a);
            long y = field.value(b);
            return x == NONE || y == NONE ? MISSING : x == y ? 0 : 1;
        }
    }
}
