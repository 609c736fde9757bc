package fi.polku.validation.format;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.util.Locale;
import java.util.Set;

/**
 * The Finnish postal code in {@code Address.postalCode}: five digits. Applies when the address has
 * no country or a country meaning Finland ({@code FI}, {@code FIN}, {@code 246}, {@code Suomi},
 * {@code Finland}); foreign addresses keep their own formats.
 */
public final class FinnishPostalCode implements FormatRule {

  private static final Set<String> FINLAND = Set.of("fi", "fin", "246", "suomi", "finland");

  @Override
  public String element() {
    return "Address.postalCode";
  }

  @Override
  public FormatResult check(String value, FormatContext context) {
    String country = context.sibling("country");
    if (country != null && !FINLAND.contains(country.trim().toLowerCase(Locale.ROOT))) {
      return FormatResult.ok();
    }
    return isValid(value) ? FormatResult.ok() : FormatResult.fault(IdentifierCodes.POSTAL_CODE);
  }

  /** True if {@code value} is five digits. */
  public static boolean isValid(String value) {
    if (value.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
