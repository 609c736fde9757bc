package fi.polku.validation.format;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Finnish personal identity code (henkilötunnus), identifier system {@code urn:oid:1.2.246.21}:
 * {@code DDMMYYCZZZQ} with birth date, century sign, individual number and a check character.
 *
 * <ul>
 *   <li>Century signs in force: {@code +} for the 1800s; {@code -} and, since 2023, {@code Y X W V
 *       U} for the 1900s; {@code A} and, since 2023, {@code B C D E F} for the 2000s.
 *   <li>The birth date must be a real date in that century.
 *   <li>Individual numbers 002–899 are regular, 900–999 temporary or test codes (accepted with an
 *       information issue), 000–001 are not in use.
 *   <li>The check character is {@code DDMMYYZZZ mod 31} looked up in {@code
 *       0123456789ABCDEFHJKLMNPRSTUVWXY}; letters are upper case.
 * </ul>
 */
public final class PersonalIdentityCode implements FormatRule {

  /** The identifier system of personal identity codes. */
  public static final String SYSTEM = "urn:oid:1.2.246.21";

  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  @Override
  public String identifierSystem() {
    return SYSTEM;
  }

  @Override
  public FormatResult check(String value, FormatContext context) {
    return verify(value);
  }

  /** True if {@code value} is a personal identity code in force (temporary ones included). */
  public static boolean isValid(String value) {
    FormatResult result = verify(value);
    return result.isOk() || result.code() == IdentifierCodes.PERSONAL_ID_TEMPORARY;
  }

  /** The full check of {@code value}; see the class comment. */
  public static FormatResult verify(String value) {
    if (value.length() != 11 || !digits(value, 0, 6) || !digits(value, 7, 10)) {
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_FORM);
    }
    char sign = value.charAt(6);
    int century = century(sign);
    if (century < 0) {
      String shown = Character.isLetter(sign) && sign < 128 ? String.valueOf(sign) : "?";
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_CENTURY_SIGN, "sign", shown);
    }
    int day = Integer.parseInt(value, 0, 2, 10);
    int month = Integer.parseInt(value, 2, 4, 10);
    int year = century + Integer.parseInt(value, 4, 6, 10);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_DATE);
    }
    int individual = Integer.parseInt(value, 7, 10, 10);
    if (individual < 2) {
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_INDIVIDUAL_NUMBER);
    }
    if (checkCharacter(value.substring(0, 6) + value.substring(7, 10)) != value.charAt(10)) {
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_CHECKSUM);
    }
    if (individual >= 900) {
      return FormatResult.fault(IdentifierCodes.PERSONAL_ID_TEMPORARY);
    }
    return FormatResult.ok();
  }

  /** The check character of the nine digits {@code DDMMYYZZZ} (date and individual number). */
  public static char checkCharacter(String nineDigits) {
    return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % 31);
  }

  /** The first year of the century {@code sign} stands for, or -1 if it is not in use. */
  static int century(char sign) {
    return switch (sign) {
      case '+' -> 1800;
      case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
      case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
      default -> -1;
    };
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
