package org.vidnova.casualties.linkage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Victims' reports as arrays, one per field: every name reduced once to its comparable key and name group, dates to
 * day numbers, so that comparing millions of pairs reads arrays instead of parsing strings.
 */
final class VictimFields {

    /** A missing value. */
    static final int NONE = Integer.MIN_VALUE;
    /** Name groups from here on are names the table does not know, one number per spelling. */
    static final int UNKNOWN_NAMES = 1_000_000;

    final int[] list;
    final String[] family;
    final int[] familyId;
    final String[] given;
    final int[] givenGroup;
    final String[] patronymic;
    final int[] patronymicGroup;
    final long[][] familyVariants;
    final int[] birthDay;
    /** Dates as yyyymmdd, so that comparing millions of pairs takes no date objects. */
    final int[] birthDate;
    final int[] eventDate;
    final int[] birthYear;
    final int[] age;
    final int[] eventDay;
    final char[] sex;
    final int[] district;

    VictimFields(List<VictimReport> reports) {
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
    }

    /**
     * The birth year, or the two it may be from an age at the event (a man of 40 killed in May 2022 was born in 1981
     * or 1982); none when neither is known.
     */
    void birthYears(int i, IntConsumer years) {
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

}
