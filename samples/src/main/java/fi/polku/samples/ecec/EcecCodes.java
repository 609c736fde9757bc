package fi.polku.samples.ecec;

import fi.polku.samples.generate.EcecArrangement;
import fi.polku.samples.generate.GuardianKind;
import fi.polku.samples.generate.Sex;
import fi.polku.samples.generate.UnitType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ECEC database's legacy encodings. They differ from the student register's on purpose:
 * different systems, different conventions. {@code samples/README.md} documents the same tables.
 */
public final class EcecCodes {

  /** Flag value "yes" (kyllä). */
  public static final String YES = "K";

  /** Flag value "no" (ei). */
  public static final String NO = "E";

  /** {@code lapsi.sukupuoli}: P poika (boy), T tyttö (girl). */
  public static final Map<String, Sex> SEXES = table("P", Sex.MALE, "T", Sex.FEMALE);

  /** {@code yksikko.tyyppi}. */
  public static final Map<String, UnitType> UNIT_TYPES =
      table(
          "PK", UnitType.DAYCARE_CENTRE,
          "RP", UnitType.GROUP_FAMILY_DAYCARE,
          "PH", UnitType.FAMILY_DAYCARE);

  /**
   * {@code jarjmuoto} (unit and decision) → national {@code vardajarjestamismuoto}. Values 4 and 5
   * are valid but a municipal database does not produce them.
   */
  public static final Map<Integer, String> ARRANGEMENTS =
      Collections.unmodifiableMap(
          new LinkedHashMap<>(Map.of(1, "JM01", 2, "JM02", 3, "JM03", 4, "JM04", 5, "JM05")));

  /** {@code lapsi_huoltaja.suhde}. */
  public static final Map<Integer, GuardianKind> RELATIONS =
      table(
          1, GuardianKind.MOTHER,
          2, GuardianKind.FATHER,
          3, GuardianKind.APPOINTED_GUARDIAN,
          4, GuardianKind.FOSTER_CARER,
          5, GuardianKind.SOCIAL_WORKER);

  static final List<Integer> UNKNOWN_ARRANGEMENTS = List.of(0, 7, 9);
  static final List<Integer> UNKNOWN_RELATIONS = List.of(0, 8, 9);

  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private EcecCodes() {}

  /** The local code of a value of a table. */
  public static <K, T> K code(Map<K, T> table, T value) {
    for (Map.Entry<K, T> entry : table.entrySet()) {
      if (entry.getValue() == value) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("no local code for " + value);
  }

  /** The {@code jarjmuoto} number of an arrangement. */
  public static int arrangement(EcecArrangement arrangement) {
    return Integer.parseInt(arrangement.code().substring(2));
  }

  /** Hours per week as the database stores them: text with a decimal comma, "37,5" or "40". */
  public static String hours(int hoursTimesTen) {
    int whole = hoursTimesTen / 10;
    int tenth = hoursTimesTen % 10;
    return tenth == 0 ? Integer.toString(whole) : whole + "," + tenth;
  }

  /** {@code hakemuspvm} as stored: {@code yyyymmdd} text. */
  public static String compactDate(LocalDate date) {
    return COMPACT.format(date);
  }

  /** Parses a {@code yyyymmdd} date strictly (20200231 does not exist). */
  public static Optional<LocalDate> parseCompactDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text, COMPACT));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static <K, T> Map<K, T> table(Object... pairs) {
    Map<K, T> table = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      table.put((K) pairs[i], (T) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
