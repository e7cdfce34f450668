package org.vidnova.casualties.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A labelled generator of casualty lists about synthetic people (no real person): Ukrainian surnames built from
 * roots and suffixes, given names and patronymics from {@link GivenNames}, written as the lists of a city at war
 * write them. A hospital and a morgue write Ukrainian in Cyrillic, the police Russian in Cyrillic, an NGO and the
 * press in Latin letters (the 2010 standard, Russian-style spellings, English forms, clerks' variants). Records
 * carry typos, missing fields, an age instead of a birth date, a day-off event date, swapped day and month, Latin
 * look-alike letters, capitals; some people are listed twice in one list; some die with a relative (same family
 * name, same day and district), the hardest non-matches.
 *
 * @param reports the records, lists mixed
 * @param entity for each record, the person it describes
 */
public record CasualtyLists(List<VictimReport> reports, String[] entity) {

    private static final String[] ROOTS = ("Коваль Бондар Ткач Шевч Кравч Мельн Олійн Савч Поліщ Гончар Лис Гриц Білоус "
            + "Марч Руд Мороз Павл Петр Сидор Кузьм Голов Гнат Хом Харч Жук Зінч Щерб Юрч Ярем Левч Остап Дем'ян Гаврил "
            + "Тимош Панч Кирил Карп Степ Литв Власю Бойч Гуц Кушн Приход Семен Ковт Собол Ющ Ільч Іващ Євтуш Фед Андрі "
            + "Мирош Назар Пилип Кост Мацк Білан Чорн Сір Гайов Кулик Дзюб Бабич Вовч Заїч Сокол Шпак Горобч Дяч Кобз "
            + "Гордієнк Охрім Прокоп Рябч Свирид Тарас Устим Хвед Цимбал Чуприн Шаповал Шульг Яковч Ясин Біл Ничип "
            + "Кравець Швець Бровар Рибалк Пасічн Лукаш Мартин Нестер Онищ Давид Захарч Макарч Клименк Гуменю Гребен "
            + "Задорож Запорож Вереск Гречан Дорош Жовт Зеленськ Калин Лещ Мазур Нечипор Оліфір Палі Ребр Сав'юк Троц "
            + "Удовиц Фесь Ходак Циган Чайк Шинкар Щук Юхим Якимч Борис Веремі Глушч Гуль Дідух Єрем Журб Зубр Івасишин "
            + "Кир'ян Ломак Мовчан Невмерж Оводн Пархом Рогал Скорик Тищ Уманц Філон Хижн Цюпа Черкас Шостак Яцик").split(" ");
    private static final String[][] SUFFIXES = {
            {"енко", "енко"}, {"ук", "ук"}, {"чук", "чук"}, {"ський", "ська"}, {"ов", "ова"}, {"ич", "ич"},
            {"ко", "ко"}, {"як", "як"}, {"ець", "ець"}, {"ишин", "ишина"}, {"", ""}, {"ан", "ан"}, {"енюк", "енюк"},
            {"ій", "ій"}};
    /**
     * Half the surnames take one of these between root and suffix, for about 14,000 surnames in all: a city of a
     * million has far more, and a list of a million victims drawn from 2,800 would make namesakes far too common.
     */
    private static final String[] INFIXES = {"", "", "", "", "", "ов", "ен", "ич", "ак", "ин"};
    private static final String[] LISTS = {"hospital", "morgue", "police", "ngo", "media"};
    private static final String[] DISTRICTS = {"shevchenkivskyi", "kyivskyi", "saltivskyi", "nemyshlianskyi",
            "industrialnyi", "slobidskyi", "osnovianskyi", "novobavarskyi", "kholodnohirskyi"};
    private static final LocalDate WAR = LocalDate.of(2022, 2, 24);

    private record Person(String id, boolean female, String familyUk, String familyRu, GivenNames.Name given,
            GivenNames.Name father, LocalDate born, LocalDate event, int district) {
    }

    /** Exactly {@code records} records (the last person's may be cut short), about two per person. */
    public static CasualtyLists ofRecords(int records, long seed) {
        CasualtyLists lists = generate(records / 2 + 10, seed);
        while (lists.reports().size() < records) {
            lists = generate(lists.entity().length * 11 / 10, seed);
        }
        return new CasualtyLists(List.copyOf(lists.reports().subList(0, records)),
                java.util.Arrays.copyOf(lists.entity(), records));
    }

    /** About {@code persons} people, each in one to four lists; reproducible from the seed. */
    public static CasualtyLists generate(int persons, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<GivenNames.Name> men = GivenNames.table().names().stream().filter(n -> n.sex() == 'M').toList();
        List<GivenNames.Name> women = GivenNames.table().names().stream().filter(n -> n.sex() == 'F').toList();
        List<VictimReport> reports = new ArrayList<>();
        List<String> entity = new ArrayList<>();
        Person previous = null;
        for (int p = 0; p < persons; p++) {
            Person person = previous != null && random.nextDouble() < 0.1
                    ? relative(previous, "p" + p, random, men, women)
                    : person("p" + p, random, men, women);
            previous = person;
            int lists = pick(random, 0.40, 0.35, 0.18, 0.07) + 1;
            int first = random.nextInt(LISTS.length);
            for (int l = 0; l < lists; l++) {
                int list = (first + l * 2) % LISTS.length;
                int copies = random.nextDouble() < 0.05 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    reports.add(report(person, list, reports.size(), random));
                    entity.add(person.id());
                }
            }
        }
        return new CasualtyLists(reports, entity.toArray(String[]::new));
    }

    private static Person person(String id, SplittableRandom random, List<GivenNames.Name> men,
            List<GivenNames.Name> women) {
        boolean female = random.nextDouble() < 0.35;
        int root = zipf(random, ROOTS.length, 30);
        int suffix = random.nextInt(SUFFIXES.length);
        String familyUk = ROOTS[root] + INFIXES[random.nextInt(INFIXES.length)] + SUFFIXES[suffix][female ? 1 : 0];
        boolean yery = (root % 2) == 0;
        int age = random.nextDouble() < 0.12 ? random.nextInt(1, 18) : random.nextInt(18, 95);
        LocalDate event = WAR.plusDays(random.nextInt(310));
        LocalDate born = event.minusYears(age).minusDays(random.nextInt(365));
        return new Person(id, female, familyUk, russianSurname(familyUk, yery),
                (female ? women : men).get(zipf(random, (female ? women : men).size(), 5)), men.get(zipf(random,
                men.size(), 5)), born, event, random.nextInt(DISTRICTS.length));
    }

    /** A sibling or spouse killed in the same strike: same family name, day and district, a different person. */
    private static Person relative(Person of, String id, SplittableRandom random, List<GivenNames.Name> men,
            List<GivenNames.Name> women) {
        Person other = person(id, random, men, women);
        boolean sibling = random.nextBoolean();
        String familyUk = of.familyUk();
        String familyRu = of.familyRu();
        if (other.female() != of.female()) {
            familyUk = switchGender(familyUk, other.female());
            familyRu = switchGender(familyRu, other.female());
        }
        return new Person(id, other.female(), familyUk, familyRu, other.given(), sibling ? of.father() : other.father(),
                other.born(), of.event(), of.district());
    }

    private static String switchGender(String family, boolean female) {
        if (female) {
            return family.replaceAll("ський$", "ська").replaceAll("ский$", "ская").replaceAll("ов$", "ова")
                    .replaceAll("ишин$", "ишина");
        }
        return family.replaceAll("ська$", "ський").replaceAll("ская$", "ский").replaceAll("ова$", "ов")
                .replaceAll("ишина$", "ишин");
    }

    /** Russian spelling of a Ukrainian surname, as Russian-speaking clerks write it. */
    private static String russianSurname(String uk, boolean yery) {
        String ru = uk.replace("ський", "ский").replace("цький", "цкий").replace("ська", "ская")
                .replace("цька", "цкая").replace("ець", "ец").replace("'", "ь").replace("є", "е").replace("ї", "и")
                .replace("ій", "ий");
        if (yery) {
            ru = ru.replaceAll("и(?!й$)", "ы");
        }
        return ru.replace("і", "и");
    }

    private static VictimReport report(Person person, int list, int index, SplittableRandom random) {
        boolean russian = list == 2 ? random.nextDouble() < 0.8 : random.nextDouble() < 0.15;
        boolean latin = list >= 3;
        String family = russian ? person.familyRu() : person.familyUk();
        String given = russian ? person.given().russian() : person.given().ukrainian();
        String patronymic = person.father().patronymic(russian, person.female());
        if (latin) {
            String style = random.nextDouble() < 0.5 ? "standard" : "informal";
            family = latin(family, russian, style, random);
            given = !person.given().others().isEmpty() && random.nextDouble() < 0.2
                    ? person.given().others().get(random.nextInt(person.given().others().size()))
                    : latin(given, russian, style, random);
            patronymic = random.nextDouble() < 0.6 ? "" : latin(patronymic, russian, style, random);
        } else if (random.nextDouble() < 0.15) {
            patronymic = "";
        }
        family = typo(family, 0.12, random);
        given = typo(given, 0.05, random);
        patronymic = typo(patronymic, 0.05, random);
        if (!latin && random.nextDouble() < 0.03) {
            family = lookAlike(family, random);
        }
        if (random.nextDouble() < 0.2) {
            family = family.toUpperCase(Locale.ROOT);
        }
        if (random.nextDouble() < 0.02) {
            given = "";
        }
        LocalDate born = person.born();
        LocalDate event = person.event();
        double e = random.nextDouble();
        event = e < 0.05 ? null : e < 0.25 ? event.plusDays(random.nextBoolean() ? 1 : -1) : event;
        LocalDate birthDate = null;
        Integer birthYear = null;
        Integer age = null;
        double b = random.nextDouble();
        if (b < 0.55) {
            double t = random.nextDouble();
            birthDate = t < 0.03 ? born.plusDays(1) : t < 0.05 && born.getDayOfMonth() <= 12
                    ? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born;
        } else if (b < 0.7) {
            birthYear = born.getYear();
        } else if (b < 0.9) {
            age = java.time.Period.between(born, person.event()).getYears();
        }
        char sex = random.nextDouble() < 0.1 ? ' ' : person.female() ? 'F' : 'M';
        double d = random.nextDouble();
        String district = d < 0.2 ? null : DISTRICTS[d < 0.24 ? random.nextInt(DISTRICTS.length) : person.district()];
        return new VictimReport(LISTS[list] + "-" + index, LISTS[list], family, given, patronymic, sex, birthDate,
                birthYear, age, event, district);
    }

    /** Latin letters: the 2010 standard or the Russian table, or what clerks write (y for i, g for h, ...). */
    private static String latin(String name, boolean russian, String style, SplittableRandom random) {
        String latin = russian ? Transliteration.russian(name) : Transliteration.ukrainian(name);
        if (style.equals("informal")) {
            latin = latin.replaceAll("ii$", random.nextBoolean() ? "iy" : "y").replace("ia", "ya").replace("iu", "yu")
                    .replace("ie", "ye");
            if (random.nextBoolean()) {
                latin = latin.replace("kh", "h");
            }
            if (!russian && random.nextBoolean()) {
                latin = latin.replace("h", "g").replace("kg", "kh").replace("zg", "zh").replace("cg", "ch")
                        .replace("sg", "sh");
            }
        }
        return latin.isEmpty() ? latin : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    /** One keyboard slip: a letter dropped, doubled, replaced or two swapped. */
    private static String typo(String name, double probability, SplittableRandom random) {
        if (name.length() < 4 || random.nextDouble() >= probability) {
            return name;
        }
        int i = random.nextInt(1, name.length() - 1);
        char c = name.charAt(i);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, i) + name.substring(i + 1);
            case 1 -> name.substring(0, i) + c + name.substring(i);
            case 2 -> name.substring(0, i) + name.charAt(random.nextInt(name.length())) + name.substring(i + 1);
            default -> name.substring(0, i - 1) + c + name.charAt(i - 1) + name.substring(i + 1);
        };
    }

    private static String lookAlike(String name, SplittableRandom random) {
        String cyrillic = "аеорсхікмтн";
        String latin = "aeopcxikmth";
        int from = random.nextInt(name.length());
        for (int i = from; i < name.length(); i++) {
            int twin = cyrillic.indexOf(name.charAt(i));
            if (twin >= 0) {
                return name.substring(0, i) + latin.charAt(twin) + name.substring(i + 1);
            }
        }
        return name;
    }

    private static int pick(SplittableRandom random, double... shares) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** Index 0..n-1, earlier ones more often (weights 1/(i+offset)), as a few names are common. */
    private static int zipf(SplittableRandom random, int n, double offset) {
        double total = Math.log((n + offset) / offset);
        return Math.min(n - 1, (int) (offset * Math.exp(random.nextDouble() * total) - offset));
    }
}
