package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One absence record: either a period of whole days or a single lesson.
 *
 * @param key {@code poissaolonro} in the register
 * @param start first day (the lesson's day for a lesson absence)
 * @param end last day of a period; {@code null} for a lesson absence
 * @param lesson lesson of the day (1–8) for a lesson absence; 0 for a period
 * @param subject national subject code ({@code koskioppiaineetyleissivistava}) of the lesson, or
 *     {@code null}
 * @param reason the reason
 * @param recorded when the absence was recorded
 */
public record Absence(
    long key,
    LocalDate start,
    LocalDate end,
    int lesson,
    String subject,
    AbsenceReason reason,
    LocalDateTime recorded) {

  /** True for a lesson absence. */
  public boolean isLesson() {
    return lesson > 0;
  }
}
