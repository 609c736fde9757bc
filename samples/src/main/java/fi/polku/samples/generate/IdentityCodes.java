package fi.polku.samples.generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finnish personal identity codes (henkilötunnus): {@code DDMMYYCZZZQ}, where C is the century
 * sign, ZZZ the individual number (odd for men, even for women) and Q the check character, the
 * remainder of the nine digits {@code DDMMYYZZZ} divided by 31, looked up in {@link
 * #CHECK_CHARACTERS}.
 *
 * <p>Since 2023 the 1900s may also be signed {@code Y X W V U} and the 2000s {@code B C D E F},
 * next to the traditional {@code -} and {@code A}. Individual numbers 900–999 are never given to
 * real people; the generator only uses those.
 */
public final class IdentityCodes {

  /** Check characters indexed by the remainder. */
  public static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  /** Century signs of the 1900s: the traditional one first, then those added in 2023. */
  public static final String SIGNS_1900 = "-YXWVU";

  /** Century signs of the 2000s: the traditional one first, then those added in 2023. */
  public static final String SIGNS_2000 = "ABCDEF";

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+YXWVUABCDEF])(\\d{3})([0-9A-Y])");

  private IdentityCodes() {}

  /** The code for a birth date, century sign and individual number, with its check character. */
  public static String format(LocalDate birthDate, char sign, int individualNumber) {
    int year = birthDate.getYear();
    if (centuryOf(sign) != year - year % 100) {
      throw new IllegalArgumentException("sign " + sign + " does not fit year " + year);
    }
    String digits =
        two(birthDate.getDayOfMonth()) + two(birthDate.getMonthValue()) + two(year % 100);
    if (individualNumber < 2 || individualNumber > 999) {
      throw new IllegalArgumentException("individual number " + individualNumber);
    }
    String number =
        (individualNumber < 10 ? "00" : individualNumber < 100 ? "0" : "") + individualNumber;
    return digits + sign + number + checkCharacter(digits + number);
  }

  /** The check character for the nine digits {@code DDMMYYZZZ}. */
  public static char checkCharacter(String nineDigits) {
    return CHECK_CHARACTERS.charAt((int) (Long.parseLong(nineDigits) % 31));
  }

  /** True if the code is well formed, its date exists and its check character is right. */
  public static boolean isValid(String code) {
    return birthDate(code).isPresent()
        && checkCharacter(code.substring(0, 6) + code.substring(7, 10)) == code.charAt(10);
  }

  /**
   * The birth date a well-formed code encodes, if the date exists (the checksum is not checked).
   */
  public static Optional<LocalDate> birthDate(String code) {
    Matcher m = code == null ? null : FORMAT.matcher(code);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      int year = centuryOf(m.group(4).charAt(0)) + Integer.parseInt(m.group(3));
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The individual number of a well-formed code. */
  public static int individualNumber(String code) {
    return Integer.parseInt(code.substring(7, 10));
  }

  /** The century a sign stands for: 1800, 1900 or 2000. */
  public static int centuryOf(char sign) {
    if (sign == '+') {
      return 1800;
    }
    if (SIGNS_1900.indexOf(sign) >= 0) {
      return 1900;
    }
    if (SIGNS_2000.indexOf(sign) >= 0) {
      return 2000;
    }
    throw new IllegalArgumentException("not a century sign: " + sign);
  }

  /** The same code with a wrong check character: a fault for mappings to reject. */
  public static String withWrongCheckCharacter(String code, int shift) {
    char right = code.charAt(10);
    int index = CHECK_CHARACTERS.indexOf(right);
    int wrong = Math.floorMod(index + 1 + Math.floorMod(shift, 30), 31);
    return code.substring(0, 10) + CHECK_CHARACTERS.charAt(wrong);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
