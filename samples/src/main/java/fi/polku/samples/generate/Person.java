package fi.polku.samples.generate;

import java.time.LocalDate;

/**
 * A synthetic person.
 *
 * @param identityCode personal identity code, or {@code null} for someone without one
 * @param name the name
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param language mother tongue (code list {@code kieli}, upper case)
 * @param nationality nationality (code list {@code maatjavaltiot2})
 */
public record Person(
    String identityCode,
    PersonName name,
    LocalDate birthDate,
    Sex sex,
    String language,
    String nationality) {}
