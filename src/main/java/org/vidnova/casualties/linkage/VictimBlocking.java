package org.vidnova.casualties.linkage;

import static org.vidnova.casualties.linkage.VictimComparisons.BIRTH;
import static org.vidnova.casualties.linkage.VictimComparisons.EVENT;
import static org.vidnova.casualties.linkage.VictimComparisons.FAMILY;
import static org.vidnova.casualties.linkage.VictimComparisons.GIVEN;
import static org.vidnova.casualties.linkage.VictimComparisons.PATRONYMIC;
import static org.vidnova.casualties.linkage.VictimFields.NONE;

import java.util.List;
import java.util.Set;

/**
 * The blocking keys of victims' reports. Each pairs a name with a second field, so that its blocks stay small among a
 * million reports; together they tolerate a typo in any one name (the family name keys use every spelling with a
 * letter left out), a missing birth date (an age gives two possible years), and an event day a day off (each report
 * is also blocked under the next day).
 */
final class VictimBlocking {

    private VictimBlocking() {
    }

    static List<BlockingKey> of(VictimFields f) {
        return List.of(
                BlockingKey.multi("family name one letter off, given name", Set.of(FAMILY, GIVEN), (i, values) -> {
                    if (f.givenGroup[i] != NONE) {
                        for (long variant : f.familyVariants[i]) {
                            values.accept(BlockingKey.of(1, variant, f.givenGroup[i]));
                        }
                    }
                }),
                BlockingKey.multi("family name one letter off, birth year", Set.of(FAMILY, BIRTH), (i, values) -> {
                    for (long variant : f.familyVariants[i]) {
                        f.birthYears(i, year -> values.accept(BlockingKey.of(2, variant, year)));
                    }
                }),
                BlockingKey.multi("family name one letter off, event day", Set.of(FAMILY, EVENT), (i, values) -> {
                    if (f.eventDay[i] != NONE) {
                        for (long variant : f.familyVariants[i]) {
                            values.accept(BlockingKey.of(3, variant, f.eventDay[i]));
                            values.accept(BlockingKey.of(3, variant, f.eventDay[i] + 1));
                        }
                    }
                }).blockingOnly(),
                BlockingKey.named("family name, patronymic", Set.of(FAMILY, PATRONYMIC),
                        i -> f.family[i].isEmpty() || f.patronymicGroup[i] == NONE
                        ? BlockingKey.NONE : BlockingKey.of(4, f.familyId[i], f.patronymicGroup[i])).blockingOnly(),
                BlockingKey.named("given name, birth date", Set.of(GIVEN, BIRTH),
                        i -> f.givenGroup[i] == NONE || f.birthDay[i] == NONE ? BlockingKey.NONE
                                : BlockingKey.of(5, f.givenGroup[i], f.birthDay[i])),
                BlockingKey.multi("given name, patronymic, event day", Set.of(GIVEN, PATRONYMIC, EVENT),
                        (i, values) -> {
                    if (f.givenGroup[i] != NONE && f.patronymicGroup[i] != NONE && f.eventDay[i] != NONE) {
                        values.accept(BlockingKey.of(6, f.givenGroup[i], f.patronymicGroup[i], f.eventDay[i]));
                        values.accept(BlockingKey.of(6, f.givenGroup[i], f.patronymicGroup[i], f.eventDay[i] + 1));
                    }
                }),
                BlockingKey.multi("given name, birth year, event day", Set.of(GIVEN, BIRTH, EVENT), (i, values) -> {
                    if (f.givenGroup[i] != NONE && f.eventDay[i] != NONE) {
                        f.birthYears(i, year -> {
                            values.accept(BlockingKey.of(7, f.givenGroup[i], year, f.eventDay[i]));
                            values.accept(BlockingKey.of(7, f.givenGroup[i], year, f.eventDay[i] + 1));
                        });
                    }
                }));
    }
}
