package fi.polku.samples.generate;

import java.time.LocalDate;

/**
 * A class, pre-primary group or upper-secondary homeroom group of the current school year.
 *
 * @param key {@code luokkanro} in the register
 * @param school the school
 * @param name e.g. "7B", "Esi-A" or "24C"
 * @param kind class, pre-primary group or homeroom group
 * @param level the grade level of a class or pre-primary group; {@code null} for a homeroom group
 * @param start first day
 * @param end last day
 */
public record SchoolClass(
    int key,
    School school,
    String name,
    GroupKind kind,
    GradeLevel level,
    LocalDate start,
    LocalDate end) {}
