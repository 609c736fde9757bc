package fi.polku.samples.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dates every export is generated against: the exports are snapshots taken on {@link
 * #EXPORT_DATE}, in the middle of school year 2024–2025.
 */
public final class SchoolCalendar {

  /** The day the exports were taken. */
  public static final LocalDate EXPORT_DATE = LocalDate.of(2025, 1, 17);

  /** The time the ECEC database snapshot was taken; no modification time is later. */
  public static final LocalDateTime EXPORT_TIME = EXPORT_DATE.atTime(6, 0);

  /** The current school year. */
  public static final String SCHOOL_YEAR = "2024-2025";

  /** First day of the current school year. */
  public static final LocalDate YEAR_START = termStart(2024);

  /** Last day of the current school year: the Saturday of ISO week 22. */
  public static final LocalDate YEAR_END = LocalDate.of(2025, 5, 31);

  /** First day of the ECEC operating year (toimintakausi) 2024–2025. */
  public static final LocalDate ECEC_YEAR_START = LocalDate.of(2024, 8, 1);

  /** Last day of the ECEC operating year 2024–2025. */
  public static final LocalDate ECEC_YEAR_END = LocalDate.of(2025, 7, 31);

  private static final LocalDate CHRISTMAS_BREAK_START = LocalDate.of(2024, 12, 21);
  private static final LocalDate CHRISTMAS_BREAK_END = LocalDate.of(2025, 1, 6);
  private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2024, 12, 6);

  private SchoolCalendar() {}

  /** First school day of the autumn term of a year: the first Thursday on or after 7 August. */
  public static LocalDate termStart(int year) {
    return LocalDate.of(year, 8, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
  }

  /**
   * The school days of the current year up to the day before the export, in order: weekdays, less
   * the city's autumn break, independence day and the Christmas break.
   */
  public static List<LocalDate> schoolDaysToExport(City city) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = YEAR_START; d.isBefore(EXPORT_DATE); d = d.plusDays(1)) {
      if (isSchoolDay(d, city.autumnBreakWeek())) {
        days.add(d);
      }
    }
    return Collections.unmodifiableList(days);
  }

  private static boolean isSchoolDay(LocalDate d, int autumnBreakWeek) {
    DayOfWeek dow = d.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return false;
    }
    if (d.getYear() == 2024 && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == autumnBreakWeek) {
      return false;
    }
    if (d.equals(INDEPENDENCE_DAY)) {
      return false;
    }
    return d.isBefore(CHRISTMAS_BREAK_START) || d.isAfter(CHRISTMAS_BREAK_END);
  }
}
