package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Modification times for the ECEC database's incremental reads. Rows are stamped when created or
 * last edited during office hours; about one in ten carries the exact stamp of a nightly batch job
 * (02:00:00), so many rows share one timestamp, as in real systems: an incremental reader must not
 * assume timestamps are unique.
 */
final class Timestamps {

  /** Share of rows last touched by a nightly batch. */
  static final double BATCH_SHARE = 0.1;

  private Timestamps() {}

  /** An office-hours time on the day, or a nightly batch time; never after the export. */
  static LocalDateTime on(LocalDate day, Rand rand) {
    LocalDateTime time;
    if (rand.chance(BATCH_SHARE)) {
      time = day.atTime(2, 0);
    } else {
      time = day.atTime(rand.between(7, 16), rand.between(0, 59), rand.between(0, 59));
    }
    return time.isAfter(SchoolCalendar.EXPORT_TIME)
        ? SchoolCalendar.EXPORT_DATE.minusDays(1).atTime(2, 0)
        : time;
  }

  /** A time between two days (inclusive), see {@link #on}. */
  static LocalDateTime between(LocalDate from, LocalDate to, Rand rand) {
    if (to.isBefore(from)) {
      return on(from, rand);
    }
    long days = to.toEpochDay() - from.toEpochDay();
    return on(from.plusDays(rand.nextInt((int) Math.min(days + 1, Integer.MAX_VALUE))), rand);
  }
}
