package org.vidnova.casualties.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTests {

    @Test
    void normalisationDropsApostrophesJoinsHyphensAndUnifiesLookAlikes() {
        assertThat(Normalisation.text("  Пʼятниця-Коваль ")).isEqualTo("пятниця коваль");
        assertThat(Normalisation.text("П’ЯТНИЦЯ")).isEqualTo(Normalisation.text("П'ятниця"));
        // a Latin K, o and a typed inside a Cyrillic word, and a Cyrillic о inside a Latin one
        assertThat(Normalisation.text("Kовaльчук")).isEqualTo("ковальчук");
        assertThat(Normalisation.text("Kovalchuk").equals(Normalisation.text("Kоvalchuk"))).isTrue();
    }

    @Test
    void ukrainianFollowsTheStandardOf2010() {
        assertThat(Transliteration.ukrainian("Олександр Коваленко")).isEqualTo("oleksandr kovalenko");
        assertThat(Transliteration.ukrainian("Згурський")).isEqualTo("zghurskyi");
        assertThat(Transliteration.ukrainian("Юрій Їжакевич")).isEqualTo("yurii yizhakevych");
        assertThat(Transliteration.ukrainian("Наталія Гончаренко")).isEqualTo("nataliia honcharenko");
        assertThat(Transliteration.ukrainian("Євгенія Щербак")).isEqualTo("yevheniia shcherbak");
        assertThat(Transliteration.ukrainian("Харків")).isEqualTo("kharkiv");
    }

    @Test
    void russianWordsAreReadAsRussian() {
        assertThat(Transliteration.latin("Рыбалко Эдуард")).isEqualTo("rybalko eduard");
        // no letter of one language only: read as Ukrainian
        assertThat(Transliteration.latin("Наталья")).isEqualTo("natalia");
        assertThat(Transliteration.russian("Игорь Белый")).isEqualTo("igor belyy");
    }

    @Test
    void keysAgreeAcrossScriptsAndSpellings() {
        assertThat(keys("Ковальський", "Ковальский", "Kovalskyi", "Kovalsky", "Kowalski", "Kovalskiy"))
                .containsOnly(Transliteration.key("Ковальський"));
        assertThat(keys("Гончаренко", "Goncharenko", "Honcharenko")).hasSize(1);
        assertThat(keys("Ігор", "Игорь", "Ihor", "Igor")).hasSize(1);
        assertThat(keys("Наталія", "Наталья", "Natalia", "Nataliia", "Natalya")).hasSize(1);
        assertThat(keys("Юрій", "Юрий", "Yurii", "Yuriy", "Iurii")).hasSize(1);
        assertThat(keys("Хоменко", "Khomenko", "Homenko")).hasSize(1);
        assertThat(keys("Сергєєв", "Сергеев", "Sergeev", "Serhieiev")).hasSize(1);
        assertThat(Transliteration.key("Коваленко")).isNotEqualTo(Transliteration.key("Коваль"));
    }

    @Test
    void givenNamesAndPatronymicsHaveOneGroupPerName() {
        GivenNames names = GivenNames.table();
        assertThat(names.names()).hasSizeGreaterThan(100);
        int oleksandr = names.givenGroup(Transliteration.key("Олександр"));
        assertThat(oleksandr).isNotNegative();
        for (String form : new String[] {"Александр", "Oleksandr", "Aleksandr", "Alexander"}) {
            assertThat(names.givenGroup(Transliteration.key(form))).as(form).isEqualTo(oleksandr);
        }
        assertThat(names.givenGroup(Transliteration.key("Игорь"))).isEqualTo(names.givenGroup(Transliteration.key("Ігор")));
        assertThat(names.givenGroup(Transliteration.key("Сергей"))).isEqualTo(names.givenGroup(Transliteration.key("Сергій")));
        assertThat(names.givenGroup(Transliteration.key("Ivan"))).isNotEqualTo(oleksandr);
        for (String form : new String[] {"Олександрович", "Александровна", "Oleksandrivna", "Aleksandrovich"}) {
            assertThat(names.patronymicGroup(Transliteration.key(form))).as(form).isEqualTo(oleksandr);
        }
        assertThat(names.patronymicGroup(Transliteration.key("Игоревич")))
                .isEqualTo(names.givenGroup(Transliteration.key("Ігор")));
    }

    private static java.util.Set<String> keys(String... names) {
        return java.util.Arrays.stream(names).map(Transliteration::key).collect(java.util.stream.Collectors.toSet());
    }
}
