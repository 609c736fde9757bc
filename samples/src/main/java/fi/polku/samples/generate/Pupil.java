package fi.polku.samples.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * A pupil or student of the student register, with everything the register exports about them.
 *
 * @param key {@code oppilasnro}
 * @param person the pupil
 * @param learnerOid the national learner number, or {@code null} if the register has none
 * @param household the family
 * @param school the school
 * @param level the grade level
 * @param start first day of the study right at this school
 * @param status current status
 * @param statusDate the day the current status began
 * @param end the day the study right ended, or {@code null}
 * @param support support level, or {@code null} in upper secondary education
 * @param supportDecision decision date of intensified or special support, else {@code null}
 * @param supportStart first day of intensified or special support, else {@code null}
 * @param note free-text note, or {@code null}
 * @param memberships class memberships of the current year, in order
 * @param absences absences of the current year, in order
 */
public record Pupil(
    int key,
    Person person,
    String learnerOid,
    Household household,
    School school,
    GradeLevel level,
    LocalDate start,
    StudyStatus status,
    LocalDate statusDate,
    LocalDate end,
    SupportLevel support,
    LocalDate supportDecision,
    LocalDate supportStart,
    String note,
    List<Membership> memberships,
    List<Absence> absences) {}
