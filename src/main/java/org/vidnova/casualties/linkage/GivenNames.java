package org.vidnova.casualties.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which spellings are one given name, and which patronymics come from one father's name, read from
 * {@code given-names.tsv} beside this class. Олександр, Александр, Oleksandr and Alexander are one name; so are
 * Олександрович, Александрович and Oleksandrovych, and Олександрівна and Александровна. Transliteration alone cannot
 * tell that: the Ukrainian and Russian forms differ in letters (о/а, і/е, the soft sign), not only in script.
 * Lines that share a spelling (Євген and Євгеній both have the Russian Евгений) become one name.
 */
public final class GivenNames {

    /** One line of the table: a male line has patronymics, a female line has none. */
    public record Name(char sex, String ukrainian, String russian, List<String> patronymics, List<String> others) {

        /** Ukrainian male, Ukrainian female, Russian male, Russian female; empty for a female name. */
        public String patronymic(boolean russianForm, boolean female) {
            return patronymics.isEmpty() ? "" : patronymics.get((russianForm ? 2 : 0) + (female ? 1 : 0));
        }
    }

    private static final GivenNames TABLE = load();

    private final List<Name> names;
    private final Map<String, Integer> given;
    private final Map<String, Integer> patronymic;
    private final Map<Long, Integer> givenNear;
    private final Map<Long, Integer> patronymicNear;

    private GivenNames(List<Name> names, Groups given, Groups patronymic) {
        this.names = names;
        this.given = given.keys;
        this.patronymic = patronymic.keys;
        this.givenNear = given.near;
        this.patronymicNear = patronymic.near;
    }

    /** The table shipped with the application. */
    public static GivenNames table() {
        return TABLE;
    }

    public List<Name> names() {
        return names;
    }

    /** The name's group, one number for all its spellings, or -1 when the table does not know it. */
    public int givenGroup(String key) {
        return given.getOrDefault(key, -1);
    }

    /** The father's name group of a patronymic, or -1 when the table does not know it. */
    public int patronymicGroup(String key) {
        return patronymic.getOrDefault(key, -1);
    }

    /**
     * The group of a given name in Latin letters ({@link Transliteration#latin}), misspelt by a letter or not; -1
     * when the table knows no name that near, or two.
     */
    public int givenGroupNear(String latin) {
        int exact = givenGroup(Transliteration.fold(latin));
        return exact >= 0 ? exact : near(givenNear, latin);
    }

    /** As {@link #givenGroupNear}, for a patronymic. */
    public int patronymicGroupNear(String latin) {
        int exact = patronymicGroup(Transliteration.fold(latin));
        return exact >= 0 ? exact : near(patronymicNear, latin);
    }

    private static int near(Map<Long, Integer> index, String latin) {
        if (Transliteration.fold(latin).length() < 5) {
            return -1;
        }
        int found = -1;
        for (long hash : Deletions.of(latin)) {
            Integer group = index.get(hash);
            if (group != null && group >= 0) {
                if (found >= 0 && found != group) {
                    return -1;
                }
                found = group;
            }
        }
        return found;
    }

    private static GivenNames load() {
        List<Name> names = new ArrayList<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                char sex = f[0].charAt(0);
                List<String> patronymics = sex == 'M' ? List.of(f[3], f[4], f[5], f[6]) : List.of();
                String others = f[f.length - 1];
                names.add(new Name(sex, f[1], f[2], patronymics,
                        others.isBlank() ? List.of() : Arrays.asList(others.split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Groups given = new Groups();
        Groups patronymic = new Groups();
        for (Name name : names) {
            List<String> spellings = new ArrayList<>(name.others());
            spellings.add(name.ukrainian());
            spellings.add(name.russian());
            int group = given.join(spellings);
            patronymic.joinAs(group, name.patronymics());
        }
        return new GivenNames(List.copyOf(names), given, patronymic);
    }

    /** Spelling keys joined into groups: a line whose spelling is already known joins that group. */
    private static final class Groups {
        final Map<String, Integer> keys = new HashMap<>();
        /** Deletion hashes of every spelling, to its group; -1 where two groups meet. */
        final Map<Long, Integer> near = new HashMap<>();
        int next;

        int join(List<String> spellings) {
            int group = -1;
            for (String spelling : spellings) {
                Integer known = keys.get(Transliteration.key(spelling));
                if (known != null) {
                    group = known;
                }
            }
            if (group < 0) {
                group = next++;
            }
            joinAs(group, spellings);
            return group;
        }

        void joinAs(int group, List<String> spellings) {
            for (String spelling : spellings) {
                // the Ukrainian and Russian tables give different Latin letters; both spellings are seen in lists
                for (String latin : List.of(Transliteration.latin(spelling), Transliteration.ukrainian(spelling),
                        Transliteration.russian(spelling))) {
                    keys.putIfAbsent(Transliteration.fold(latin), group);
                    for (long hash : Deletions.of(latin)) {
                        near.merge(hash, group, (was, now) -> was.equals(now) ? was : -1);
                    }
                }
            }
        }
    }
}
