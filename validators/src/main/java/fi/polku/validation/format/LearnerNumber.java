package fi.polku.validation.format;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.util.regex.Pattern;

/**
 * The learner number (oppijanumero) of the national student register, identifier system {@code
 * urn:oid:1.2.246.562.24}: {@code 1.2.246.562.24.} followed by exactly 11 digits. No check digit is
 * enforced (test data in KOSKI, e.g. {@code 1.2.246.562.24.00000000001}, would fail one).
 */
public final class LearnerNumber implements FormatRule {

  /** The identifier system of learner numbers. */
  public static final String SYSTEM = "urn:oid:1.2.246.562.24";

  private static final Pattern FORM = Pattern.compile("1\\.2\\.246\\.562\\.24\\.[0-9]{11}");

  @Override
  public String identifierSystem() {
    return SYSTEM;
  }

  @Override
  public FormatResult check(String value, FormatContext context) {
    return isValid(value) ? FormatResult.ok() : FormatResult.fault(IdentifierCodes.LEARNER_NUMBER);
  }

  /** True if {@code value} has the form of a learner number. */
  public static boolean isValid(String value) {
    return value.length() == 26 && FORM.matcher(value).matches();
  }
}
