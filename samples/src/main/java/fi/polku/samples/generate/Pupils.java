package fi.polku.samples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the pupils of one district's age group: identity, study right, status, support, class
 * memberships and absences.
 */
final class Pupils {

  /** Share of pupils who joined their school after the usual start (moved from elsewhere). */
  static final double MOVED_IN_SHARE = 0.06;

  static final double RESIGNED_SHARE = 0.015;
  static final double INTERRUPTED_SHARE = 0.005;
  static final double CLASS_CHANGE_SHARE = 0.015;
  static final double LEARNER_NUMBER_SHARE = 0.85;
  static final double NOTE_SHARE = 0.03;

  private static final LocalDate REVIEW_HORIZON = LocalDate.of(2020, 8, 1);

  private final CityIds ids;
  private final RunIds run;
  private final Absences absences;
  private final List<LocalDate> schoolDays;
  private final List<String> notes;

  Pupils(CityIds ids, RunIds run, List<LocalDate> schoolDays, List<String> notes) {
    this.ids = ids;
    this.run = run;
    this.schoolDays = schoolDays;
    this.absences = new Absences(schoolDays, ids);
    this.notes = notes;
  }

  /** The usual birth year of pupils at the level in school year 2024–2025. */
  static int birthYear(GradeLevel level) {
    if (level.isUpperSecondary()) {
      return 2008 - (level.number() - 1);
    }
    return 2018 - level.number();
  }

  /** A pupil of the class (one of the age group's classes, for class changes). */
  Pupil create(
      Households households, SchoolClass home, List<SchoolClass> cohortClasses, Rand rand) {
    GradeLevel level = home.level() != null ? home.level() : upperLevel(home);
    int birthYear = birthYear(level);
    if (!level.isUpperSecondary()) {
      // A few start school a year late (postponed) or early. Starting early applies to basic
      // education only: a pre-primary pupil born a year later would be four at the start, and
      // pre-primary education is for five- to seven-year-olds (POLKU-VAL-0507).
      double draw = rand.nextDouble();
      birthYear += draw < 0.01 ? -1 : draw < 0.015 && !level.isPrePrimary() ? 1 : 0;
    }
    Households.Child child = households.child(birthYear, rand);
    int key = ids.pupil(rand);
    String learnerOid = rand.chance(LEARNER_NUMBER_SHARE) ? run.learnerOid() : null;
    LocalDate start = start(home.school(), level, rand);
    LocalDate first = start.isAfter(home.start()) ? start : home.start();
    Status current = status(start, first, rand);
    StudyStatus status = current.status();
    LocalDate statusDate = current.since();
    LocalDate end = current.end();
    List<Membership> memberships = memberships(home, cohortClasses, first, end, status, rand);
    SupportLevel support =
        level.isUpperSecondary() ? null : support(level, child.person().sex(), rand);
    LocalDate decision =
        support != null && support != SupportLevel.GENERAL
            ? decisionDate(child.person().birthDate(), rand)
            : null;
    LocalDate supportStart = decision == null ? null : decision.plusDays(rand.between(0, 10));
    String note = rand.chance(NOTE_SHARE) ? rand.pick(notes) : null;
    LocalDate absentUntil =
        status == StudyStatus.PRESENT
            ? SchoolCalendar.EXPORT_DATE.minusDays(1)
            : statusDate.minusDays(1);
    List<Absence> absent = absences.generate(level, first, absentUntil, rand);
    return new Pupil(
        key,
        child.person(),
        learnerOid,
        child.household(),
        home.school(),
        level,
        start,
        status,
        statusDate,
        end,
        support,
        decision,
        supportStart,
        note,
        memberships,
        absent);
  }

  /** A pupil's current status, the day it began and the end of the study right. */
  private record Status(StudyStatus status, LocalDate since, LocalDate end) {}

  /** Most pupils are present; a few left during the autumn or are temporarily away. */
  private Status status(LocalDate start, LocalDate first, Rand rand) {
    double draw = rand.nextDouble();
    if (draw < RESIGNED_SHARE + INTERRUPTED_SHARE) {
      LocalDate day =
          schoolDayBetween(first.plusDays(5), SchoolCalendar.EXPORT_DATE.minusDays(3), rand);
      if (day != null) {
        return draw < RESIGNED_SHARE
            ? new Status(StudyStatus.RESIGNED, day, day)
            : new Status(StudyStatus.TEMPORARILY_INTERRUPTED, day, null);
      }
    }
    return new Status(StudyStatus.PRESENT, start, null);
  }

  /** Decisions are reviewed as pupils move on, so the current one is at most a few years old. */
  private static LocalDate decisionDate(LocalDate birth, Rand rand) {
    LocalDate fiveYearsOld = birth.plusYears(5);
    LocalDate earliest = fiveYearsOld.isAfter(REVIEW_HORIZON) ? fiveYearsOld : REVIEW_HORIZON;
    return dayBetween(earliest, LocalDate.of(2024, 12, 20), rand);
  }

  private static GradeLevel upperLevel(SchoolClass group) {
    // Homeroom groups are named by start year: "24A" is first-year students in 2024–2025.
    int startYear = 2000 + Integer.parseInt(group.name().substring(0, 2));
    return GradeLevel.upperSecondary(2024 - startYear + 1);
  }

  private LocalDate start(School school, GradeLevel level, Rand rand) {
    int firstYear;
    if (level.isPrePrimary()) {
      firstYear = 2024;
    } else if (level.isUpperSecondary()) {
      firstYear = 2024 - (level.number() - 1);
    } else if (school.type() == SchoolType.LOWER_SECONDARY) {
      firstYear = 2024 - (level.number() - 7);
    } else {
      firstYear = 2024 - (level.number() - 1);
    }
    LocalDate usual = SchoolCalendar.termStart(firstYear);
    if (rand.chance(MOVED_IN_SHARE)) {
      LocalDate moved =
          dayBetween(usual.plusDays(14), SchoolCalendar.EXPORT_DATE.minusDays(5), rand);
      return weekday(moved);
    }
    return usual;
  }

  private List<Membership> memberships(
      SchoolClass home,
      List<SchoolClass> cohortClasses,
      LocalDate first,
      LocalDate end,
      StudyStatus status,
      Rand rand) {
    List<Membership> result = new ArrayList<>(2);
    if (status == StudyStatus.PRESENT
        && cohortClasses.size() > 1
        && rand.chance(CLASS_CHANGE_SHARE)) {
      LocalDate change =
          schoolDayBetween(first.plusDays(20), SchoolCalendar.EXPORT_DATE.minusDays(5), rand);
      if (change != null) {
        SchoolClass other =
            cohortClasses.get((cohortClasses.indexOf(home) + 1) % cohortClasses.size());
        result.add(new Membership(home, first, change.minusDays(1)));
        result.add(new Membership(other, change, null));
        return result;
      }
    }
    result.add(new Membership(home, first, end));
    return result;
  }

  /**
   * General ~85 %, intensified ~9 %, special ~6 % in basic education, less in pre-primary; boys are
   * more often in intensified or special support, as in national statistics.
   */
  private static SupportLevel support(GradeLevel level, Sex sex, Rand rand) {
    double intensified = level.isPrePrimary() ? 0.04 : 0.09;
    double special = level.isPrePrimary() ? 0.03 : 0.06;
    double factor = sex == Sex.MALE ? 1.3 : 0.68;
    double draw = rand.nextDouble();
    if (draw < special * factor) {
      return SupportLevel.SPECIAL;
    }
    return draw < (special + intensified) * factor
        ? SupportLevel.INTENSIFIED
        : SupportLevel.GENERAL;
  }

  private LocalDate schoolDayBetween(LocalDate from, LocalDate to, Rand rand) {
    List<LocalDate> candidates = new ArrayList<>();
    for (LocalDate day : schoolDays) {
      if (!day.isBefore(from) && !day.isAfter(to)) {
        candidates.add(day);
      }
    }
    return candidates.isEmpty() ? null : rand.pick(candidates);
  }

  static LocalDate dayBetween(LocalDate from, LocalDate to, Rand rand) {
    if (!to.isAfter(from)) {
      return from;
    }
    return from.plusDays(rand.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
  }

  private static LocalDate weekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }
}
