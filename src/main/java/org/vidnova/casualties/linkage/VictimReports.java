package org.vidnova.casualties.linkage;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Victims' reports prepared for linkage: every name reduced once to its comparable key and name group, dates to day
 * numbers, so that comparing millions of pairs reads arrays instead of parsing strings.
 */
public final class VictimReports {

    private static final int NONE = Integer.MIN_VALUE;

    private final List<VictimReport> reports;
    private final int[] list;
    private final String[] family;
    private final int[] familyId;
    private final String[] given;
    private final int[] givenGroup;
    private final String[] patronymic;
    private final int[] patronymicGroup;
    private final int[] birthDay;
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
        birthDay = new int[n];
        birthYear = new int[n];
        age = new int[n];
        eventDay = new int[n];
        sex = new char[n];
        district = new int[n];
        Map<String, Integer> lists = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        GivenNames names = GivenNames.table();
        for (int i = 0; i < n; i++) {
            VictimReport r = reports.get(i);
            list[i] = lists.computeIfAbsent(r.list(), k -> lists.size());
            family[i] = keys.computeIfAbsent(nonNull(r.familyName()), Transliteration::key);
            familyId[i] = id(ids, family[i]);
            given[i] = keys.computeIfAbsent(nonNull(r.givenName()), Transliteration::key);
            givenGroup[i] = group(names.givenGroup(given[i]), ids, "g:" + given[i], given[i]);
            patronymic[i] = keys.computeIfAbsent(nonNull(r.patronymic()), Transliteration::key);
            patronymicGroup[i] = group(names.patronymicGroup(patronymic[i]), ids, "p:" + patronymic[i],
                    patronymic[i]);
            LocalDate born = r.birthDate();
            birthDay[i] = born == null ? NONE : (int) born.toEpochDay();
            birthYear[i] = born != null ? born.getYear() : r.birthYear() == null ? NONE : r.birthYear();
            age[i] = r.age() == null ? NONE : r.age();
            eventDay[i] = r.eventDate() == null ? NONE : (int) r.eventDate().toEpochDay();
            sex[i] = r.sex() == 'M' || r.sex() == 'F' ? r.sex() : ' ';
            district[i] = r.district() == null || r.district().isBlank() ? 0 : id(ids, "d:" + r.district());
        }
        List<Comparison> comparisons = List.of(
                new Names("family name", family, null),
                new Names("given name", given, givenGroup),
                new Names("patronymic", patronymic, patronymicGroup),
                new Birth(),
                new EventDay(),
                new Same("sex", i -> sex[i] == ' ' ? NONE : sex[i]),
                new Same("district", i -> district[i] == 0 ? NONE : district[i]));
        List<BlockingKey> blockingKeys = List.of(
                BlockingKey.named("family name, given name", i -> family[i].isEmpty() || given[i].isEmpty() ? BlockingKey.NONE
                        : BlockingKey.of(1, familyId[i], givenGroup[i])),
                BlockingKey.named("family name, birth year", i -> family[i].isEmpty() || birthYear[i] == NONE ? BlockingKey.NONE
                        : BlockingKey.of(2, familyId[i], birthYear[i])),
                BlockingKey.named("given name, patronymic, birth date", i -> given[i].isEmpty() || birthDay[i] == NONE
                        ? BlockingKey.NONE : BlockingKey.of(3, givenGroup[i], patronymicGroup[i], birthDay[i])),
                BlockingKey.named("family name, event day", i -> family[i].isEmpty() || eventDay[i] == NONE ? BlockingKey.NONE
                        : BlockingKey.of(4, familyId[i], eventDay[i])),
                BlockingKey.named("given name, patronymic, event day", i -> given[i].isEmpty() || patronymic[i].isEmpty()
                        || eventDay[i] == NONE ? BlockingKey.NONE
                        : BlockingKey.of(5, givenGroup[i], patronymicGroup[i], eventDay[i])),
                BlockingKey.named("family name, patronymic", i -> family[i].isEmpty() || patronymic[i].isEmpty()
                        ? BlockingKey.NONE : BlockingKey.of(6, familyId[i], patronymicGroup[i])));
        input = new LinkageInput(list, comparisons, blockingKeys);
    }

    public VictimReport report(int index) {
        return reports.get(index);
    }

    public LinkageInput input() {
        return input;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static int id(Map<String, Integer> ids, String key) {
        return ids.computeIfAbsent(key, k -> ids.size() + 1);
    }

    /** The table's group for a known name; a number of its own (beyond the table's) for an unknown one. */
    private static int group(int known, Map<String, Integer> ids, String idKey, String key) {
        if (key.isEmpty()) {
            return NONE;
        }
        return known >= 0 ? known : 100_000 + id(ids, idKey);
    }

    private interface Field {
        long value(int record);
    }

    /** Names: the same group (or key) agrees fully, then two bands of Jaro–Winkler similarity of the keys. */
    private record Names(String name, String[] keys, int[] groups) implements Comparison {

        @Override
        public int levels() {
            return 4;
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
            return similarity >= 0.94 ? 1 : similarity >= 0.85 ? 2 : 3;
        }
    }

    /**
     * Birth: the same date; a date a day off, with day and month swapped or one digit wrong; the same year, or an
     * age that fits the birth date at the event; within two years; further apart.
     */
    private final class Birth implements Comparison {

        @Override
        public String name() {
            return "birth";
        }

        @Override
        public int levels() {
            return 5;
        }

        @Override
        public int level(int a, int b) {
            if (birthDay[a] != NONE && birthDay[b] != NONE) {
                if (birthDay[a] == birthDay[b]) {
                    return 0;
                }
                LocalDate x = LocalDate.ofEpochDay(birthDay[a]);
                LocalDate y = LocalDate.ofEpochDay(birthDay[b]);
                if (Math.abs(birthDay[a] - birthDay[b]) <= 1 || nearDate(x, y)) {
                    return 1;
                }
                return years(Math.abs(x.getYear() - y.getYear()));
            }
            if (birthYear[a] != NONE && birthYear[b] != NONE) {
                return years(Math.abs(birthYear[a] - birthYear[b]) + 0);
            }
            int ageA = impliedAge(a, b);
            int ageB = impliedAge(b, a);
            if (ageA == NONE || ageB == NONE) {
                return MISSING;
            }
            return years(Math.abs(ageA - ageB));
        }

        private int years(int apart) {
            return apart == 0 ? 2 : apart <= 2 ? 3 : 4;
        }

        /** Age at the event: stated, or from the birth date and an event day (this record's or the other's). */
        private int impliedAge(int record, int other) {
            if (age[record] != NONE) {
                return age[record];
            }
            int event = eventDay[record] != NONE ? eventDay[record] : eventDay[other];
            if (event == NONE) {
                return NONE;
            }
            if (birthDay[record] != NONE) {
                return Period.between(LocalDate.ofEpochDay(birthDay[record]), LocalDate.ofEpochDay(event)).getYears();
            }
            if (birthYear[record] != NONE) {
                return LocalDate.ofEpochDay(event).getYear() - birthYear[record];
            }
            return NONE;
        }

        private boolean nearDate(LocalDate x, LocalDate y) {
            boolean swapped = x.getYear() == y.getYear() && x.getMonthValue() == y.getDayOfMonth()
                    && x.getDayOfMonth() == y.getMonthValue();
            int same = (x.getYear() == y.getYear() ? 1 : 0) + (x.getMonthValue() == y.getMonthValue() ? 1 : 0)
                    + (x.getDayOfMonth() == y.getDayOfMonth() ? 1 : 0);
            return swapped || (same == 2 && x.getYear() == y.getYear() || same == 2 && digitApart(x.getYear(),
                    y.getYear()));
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
            return "event day";
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
