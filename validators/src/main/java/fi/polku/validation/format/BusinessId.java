package fi.polku.validation.format;

import fi.polku.validation.catalogue.IdentifierCodes;

/**
 * The Finnish business ID (Y-tunnus), identifier system {@code
 * https://polku.fi/fhir/sid/business-id}: seven digits, a hyphen and a check digit. The check digit
 * is computed with the weights 7, 9, 10, 5, 8, 4, 2: a weighted sum with remainder 0 (mod 11) gives
 * 0, remainder 1 is never issued, otherwise the digit is 11 minus the remainder.
 */
public final class BusinessId implements FormatRule {

  /** The identifier system of business IDs. */
  public static final String SYSTEM = "https://polku.fi/fhir/sid/business-id";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  @Override
  public String identifierSystem() {
    return SYSTEM;
  }

  @Override
  public FormatResult check(String value, FormatContext context) {
    return verify(value);
  }

  /** True if {@code value} is a business ID with a correct check digit. */
  public static boolean isValid(String value) {
    return verify(value).isOk();
  }

  /** The full check of {@code value}. */
  public static FormatResult verify(String value) {
    if (value.length() != 9 || value.charAt(7) != '-') {
      return FormatResult.fault(IdentifierCodes.BUSINESS_ID_FORM);
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return FormatResult.fault(IdentifierCodes.BUSINESS_ID_FORM);
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char check = value.charAt(8);
    if (check < '0' || check > '9') {
      return FormatResult.fault(IdentifierCodes.BUSINESS_ID_FORM);
    }
    int remainder = sum % 11;
    int expected = remainder == 0 ? 0 : 11 - remainder;
    return remainder != 1 && expected == check - '0'
        ? FormatResult.ok()
        : FormatResult.fault(IdentifierCodes.BUSINESS_ID_CHECKSUM);
  }
}
