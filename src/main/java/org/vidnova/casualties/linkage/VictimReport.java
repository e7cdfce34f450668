package org.vidnova.casualties.linkage;

import java.time.LocalDate;

/**
 * One victim as one list reports them; any field but the ids may be missing (null or blank).
 *
 * @param id the report's id, unique across lists (the caller's choice: source and source record id)
 * @param list the list (source) the report came from
 * @param familyName in any script
 * @param givenName in any script
 * @param patronymic in any script
 * @param sex 'M', 'F' or ' ' when unknown
 * @param birthDate the full birth date when known
 * @param birthYear the birth year when only the year is known (ignored when {@code birthDate} is given)
 * @param age age in years at the event, when the list gives an age instead of a birth date
 * @param eventDate the day of death, injury or disappearance
 * @param district a district code; lists agree on codes before linkage
 */
public record VictimReport(String id, String list, String familyName, String givenName, String patronymic, char sex,
        LocalDate birthDate, Integer birthYear, Integer age, LocalDate eventDate, String district) {
}
