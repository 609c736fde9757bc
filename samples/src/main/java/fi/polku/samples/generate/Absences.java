package fi.polku.samples.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a pupil's absences of the current school year up to the export.
 *
 * <p>The number of absence events is Poisson with a pupil-specific mean: a log-normal factor (sigma
 * 0.9) on a level mean, so most pupils have a few events and some have many. An event is either a
 * period of whole days (typical of illness and granted leave; one row) or one to four consecutive
 * lessons of one day (one row per lesson, as per-lesson registers record them). Pre-primary
 * absences are always whole days.
 */
final class Absences {

  static final double SKEW_SIGMA = 0.9;
  private static final int MAX_EVENTS = 60;

  private static final List<String> SUBJECTS_1_2 =
      List.of("AI", "MA", "YL", "LI", "MU", "KU", "KS", "KT");
  private static final List<String> SUBJECTS_3_6 =
      List.of("AI", "MA", "YL", "A1", "LI", "MU", "KU", "KS", "KT", "B1");
  private static final List<String> SUBJECTS_7_9 =
      List.of(
          "AI", "MA", "A1", "B1", "BI", "GE", "FY", "KE", "HI", "YH", "LI", "MU", "KU", "KS", "KO",
          "TE", "KT", "OP");
  private static final List<String> SUBJECTS_UPPER =
      List.of(
          "AI", "MA", "A1", "B1", "BI", "GE", "FY", "KE", "HI", "YH", "LI", "FI", "PS", "KT", "OP",
          "TE");

  private static final Weighted<AbsenceReason> PRE_PRIMARY = reasons(70, 8, 22, 0, 0, 0, 0);
  private static final Weighted<AbsenceReason> PRIMARY = reasons(52, 10, 14, 3, 5, 4, 12);
  private static final Weighted<AbsenceReason> LOWER_SECONDARY = reasons(44, 10, 10, 5, 5, 14, 12);
  private static final Weighted<AbsenceReason> UPPER_SECONDARY = reasons(42, 8, 10, 6, 6, 18, 10);

  private final List<LocalDate> schoolDays;
  private final CityIds ids;

  Absences(List<LocalDate> schoolDays, CityIds ids) {
    this.schoolDays = schoolDays;
    this.ids = ids;
  }

  /** Absences between the first day (inclusive) and the last day (inclusive), in date order. */
  List<Absence> generate(GradeLevel level, LocalDate first, LocalDate last, Rand rand) {
    int from = indexAtOrAfter(first);
    int to = indexAtOrAfter(last.plusDays(1)) - 1;
    int events = Math.min(MAX_EVENTS, rand.poisson(mean(level) * rand.lognormalFactor(SKEW_SIGMA)));
    if (to < from || events == 0) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    Set<LocalDate> used = new HashSet<>();
    for (int e = 0; e < events; e++) {
      int index = rand.between(from, to);
      LocalDate day = schoolDays.get(index);
      if (!used.add(day)) {
        continue;
      }
      AbsenceReason reason = reasons(level).pick(rand);
      if (level.isPrePrimary() || isPeriod(reason, rand)) {
        int lastDay = Math.min(to, index + periodDays(reason, rand) - 1);
        int end = index;
        // A period stops before a day that already has an absence, so rows never overlap.
        while (end < lastDay && used.add(schoolDays.get(end + 1))) {
          end++;
        }
        rows.add(new Row(day, schoolDays.get(end), 0, null, reason, periodRecorded(day, rand)));
      } else {
        int maxLesson = maxLesson(level);
        int count =
            Math.min(maxLesson, rand.between(1, reason == AbsenceReason.SCHOOL_BUSINESS ? 4 : 2));
        int firstLesson = rand.between(1, maxLesson - count + 1);
        for (int lesson = firstLesson; lesson < firstLesson + count; lesson++) {
          String subject = rand.pick(subjects(level));
          LocalDateTime recorded = day.atTime(Math.min(8 + lesson, 17), rand.between(0, 59));
          rows.add(new Row(day, null, lesson, subject, reason, recorded));
        }
      }
    }
    rows.sort(Comparator.comparing(Row::start).thenComparingInt(Row::lesson));
    List<Absence> absences = new ArrayList<>(rows.size());
    for (Row row : rows) {
      absences.add(
          new Absence(
              ids.absence(),
              row.start,
              row.end,
              row.lesson,
              row.subject,
              row.reason,
              row.recorded));
    }
    return Collections.unmodifiableList(absences);
  }

  private int indexAtOrAfter(LocalDate day) {
    int index = Collections.binarySearch(schoolDays, day);
    return index >= 0 ? index : -index - 1;
  }

  private static double mean(GradeLevel level) {
    if (level.isPrePrimary()) {
      return 3;
    }
    if (level.isUpperSecondary()) {
      return 8;
    }
    return level.number() <= 6 ? 5 : 7;
  }

  private static Weighted<AbsenceReason> reasons(GradeLevel level) {
    if (level.isPrePrimary()) {
      return PRE_PRIMARY;
    }
    if (level.isUpperSecondary()) {
      return UPPER_SECONDARY;
    }
    return level.number() <= 6 ? PRIMARY : LOWER_SECONDARY;
  }

  private static boolean isPeriod(AbsenceReason reason, Rand rand) {
    return switch (reason) {
      case ILLNESS -> rand.chance(0.85);
      case LEAVE_GRANTED -> rand.chance(0.75);
      case MEDICAL_APPOINTMENT -> rand.chance(0.3);
      case OTHER -> rand.chance(0.4);
      default -> false;
    };
  }

  private static int periodDays(AbsenceReason reason, Rand rand) {
    double draw = rand.nextDouble();
    if (reason == AbsenceReason.LEAVE_GRANTED) {
      return draw < 0.3 ? 1 : draw < 0.5 ? 2 : draw < 0.65 ? 3 : draw < 0.75 ? 4 : 5;
    }
    if (reason == AbsenceReason.ILLNESS) {
      return draw < 0.55 ? 1 : draw < 0.8 ? 2 : draw < 0.92 ? 3 : draw < 0.97 ? 4 : 5;
    }
    return 1;
  }

  private static LocalDateTime periodRecorded(LocalDate day, Rand rand) {
    // Guardians mostly report in the morning; some absences are entered days later.
    LocalDate when = rand.chance(0.2) ? day.plusDays(rand.between(1, 3)) : day;
    LocalDateTime recorded = when.atTime(rand.between(7, 9), rand.between(0, 59));
    return recorded.isBefore(SchoolCalendar.EXPORT_TIME)
        ? recorded
        : SchoolCalendar.EXPORT_DATE.minusDays(1).atTime(15, 0);
  }

  private static int maxLesson(GradeLevel level) {
    if (level.isUpperSecondary()) {
      return 4;
    }
    return level.number() <= 2 ? 5 : level.number() <= 6 ? 6 : 7;
  }

  private static List<String> subjects(GradeLevel level) {
    if (level.isUpperSecondary()) {
      return SUBJECTS_UPPER;
    }
    int grade = level.number();
    return grade <= 2 ? SUBJECTS_1_2 : grade <= 6 ? SUBJECTS_3_6 : SUBJECTS_7_9;
  }

  private static Weighted<AbsenceReason> reasons(
      double illness,
      double medical,
      double leave,
      double schoolBusiness,
      double other,
      double unjustified,
      double unexplained) {
    return Weighted.<AbsenceReason>builder()
        .add(AbsenceReason.ILLNESS, illness)
        .add(AbsenceReason.MEDICAL_APPOINTMENT, medical)
        .add(AbsenceReason.LEAVE_GRANTED, leave)
        .add(AbsenceReason.SCHOOL_BUSINESS, schoolBusiness)
        .add(AbsenceReason.OTHER, other)
        .add(AbsenceReason.UNJUSTIFIED, unjustified)
        .add(AbsenceReason.UNEXPLAINED, unexplained)
        .build();
  }

  /** One absence row before it gets its key. */
  private record Row(
      LocalDate start,
      LocalDate end,
      int lesson,
      String subject,
      AbsenceReason reason,
      LocalDateTime recorded) {}
}
