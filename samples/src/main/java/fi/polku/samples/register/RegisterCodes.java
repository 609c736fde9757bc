package fi.polku.samples.register;

import fi.polku.samples.generate.AbsenceReason;
import fi.polku.samples.generate.GradeLevel;
import fi.polku.samples.generate.GroupKind;
import fi.polku.samples.generate.GuardianKind;
import fi.polku.samples.generate.SchoolType;
import fi.polku.samples.generate.Sex;
import fi.polku.samples.generate.StudyStatus;
import fi.polku.samples.generate.SupportLevel;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The student register's local codes and value formats, with what each local code means. The
 * mapping translates these to national and Polku codes (ConceptMaps); each enum value carries its
 * canonical code. {@code samples/README.md} documents the same tables.
 */
public final class RegisterCodes {

  /** Flag value "yes" (kyllä). */
  public static final String YES = "K";

  /** Flag value "no" (ei). */
  public static final String NO = "E";

  /** {@code luokka_aste}: pre-primary, grades 1–9, upper secondary years 1–3. */
  public static final Map<String, GradeLevel> GRADE_LEVELS = gradeLevels();

  /** {@code poissaolot.syy}. */
  public static final Map<String, AbsenceReason> ABSENCE_REASONS =
      table(
          "S", AbsenceReason.ILLNESS,
          "T", AbsenceReason.MEDICAL_APPOINTMENT,
          "L", AbsenceReason.LEAVE_GRANTED,
          "KT", AbsenceReason.SCHOOL_BUSINESS,
          "M", AbsenceReason.OTHER,
          "LU", AbsenceReason.UNJUSTIFIED,
          "X", AbsenceReason.UNEXPLAINED);

  /** {@code huoltajat.suhde}. */
  public static final Map<String, GuardianKind> RELATIONS =
      table(
          "Ä", GuardianKind.MOTHER,
          "I", GuardianKind.FATHER,
          "H", GuardianKind.APPOINTED_GUARDIAN,
          "P", GuardianKind.FOSTER_CARER,
          "S", GuardianKind.SOCIAL_WORKER);

  /** {@code oppilaat.tuki}. */
  public static final Map<String, SupportLevel> SUPPORT_LEVELS =
      table("Y", SupportLevel.GENERAL, "T", SupportLevel.INTENSIFIED, "E", SupportLevel.SPECIAL);

  /** {@code oppilaat.tila}. */
  public static final Map<String, StudyStatus> STATUSES =
      table(
          "L", StudyStatus.PRESENT,
          "P", StudyStatus.TEMPORARILY_INTERRUPTED,
          "E", StudyStatus.RESIGNED);

  /** {@code luokat.ryhmatyyppi}. */
  public static final Map<String, GroupKind> GROUP_TYPES =
      table(
          "LK",
          GroupKind.CLASS,
          "ESI",
          GroupKind.PRE_PRIMARY_GROUP,
          "RO",
          GroupKind.HOMEROOM_GROUP);

  /** {@code koulut.koulutyyppi}. */
  public static final Map<String, SchoolType> SCHOOL_TYPES =
      table(
          "AK", SchoolType.PRIMARY,
          "YK", SchoolType.LOWER_SECONDARY,
          "YHT", SchoolType.COMBINED,
          "LUK", SchoolType.UPPER_SECONDARY);

  /** {@code oppilaat.sukupuoli}: 1 mies, 2 nainen, as in the population register. */
  public static final Map<String, Sex> SEXES = table("1", Sex.MALE, "2", Sex.FEMALE);

  /** Plausible-looking codes no table lists, for fault injection. */
  static final List<String> UNKNOWN_GRADE_LEVELS = List.of("0lk", "esk", "lk7", "12lk", "ylk");

  static final List<String> UNKNOWN_ABSENCE_REASONS = List.of("SL", "P", "ZZ", "Q");
  static final List<String> UNKNOWN_RELATIONS = List.of("X", "Q", "V");
  static final List<String> UNKNOWN_GROUP_TYPES = List.of("KL", "XX", "PRJ");

  private static final Pattern DATE =
      Pattern.compile("([1-9]|[12][0-9]|3[01])\\.([1-9]|1[0-2])\\.(\\d{4})");

  private RegisterCodes() {}

  /** The local code of a value of a table. */
  public static <T> String code(Map<String, T> table, T value) {
    for (Map.Entry<String, T> entry : table.entrySet()) {
      if (entry.getValue() == value) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("no local code for " + value);
  }

  /** {@code K} or {@code E}. */
  public static String flag(boolean value) {
    return value ? YES : NO;
  }

  /** A date as the register writes it: {@code d.m.yyyy}, no leading zeros (8.8.2024). */
  public static String date(LocalDate date) {
    return date == null
        ? ""
        : date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  /** A time stamp as {@code d.m.yyyy H:mm} (17.1.2025 8:05). */
  public static String timestamp(LocalDateTime time) {
    int minute = time.getMinute();
    return date(time.toLocalDate())
        + " "
        + time.getHour()
        + ":"
        + (minute < 10 ? "0" : "")
        + minute;
  }

  /**
   * Parses a register date strictly: {@code d.m.yyyy} without leading zeros, and the date must
   * exist (31.2.2020 does not).
   */
  public static Optional<LocalDate> parseDate(String text) {
    Matcher m = text == null ? null : DATE.matcher(text);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Map<String, GradeLevel> gradeLevels() {
    Map<String, GradeLevel> table = new LinkedHashMap<>();
    table.put("esi", GradeLevel.PRE_PRIMARY);
    for (int grade = 1; grade <= 9; grade++) {
      table.put(grade + "lk", GradeLevel.basic(grade));
    }
    for (int year = 1; year <= 3; year++) {
      table.put("lu" + year, GradeLevel.upperSecondary(year));
    }
    return Collections.unmodifiableMap(table);
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> table(Object... pairs) {
    Map<String, T> table = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      table.put((String) pairs[i], (T) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
