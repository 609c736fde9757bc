package fi.polku.validation.format;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.util.regex.Pattern;

/**
 * The organisation OID of the OPH organisation service, identifier system {@code
 * urn:oid:1.2.246.562.10}: {@code 1.2.246.562.10.} followed by digits.
 *
 * <p>No check digit is enforced: the last digit of most OIDs satisfies a Luhn check, but 76 of the
 * 992 OIDs in the real organisation hierarchy ({@code samples/data/organisaatio/hierarkia.json}) do
 * not (among them the root {@code 1.2.246.562.10.00000000001} and the 12- and 22-digit forms), and
 * the IBM 7-3-1 check fails for most; enforcing either would reject real organisations.
 */
public final class OrganisationOid implements FormatRule {

  /** The identifier system of organisation OIDs. */
  public static final String SYSTEM = "urn:oid:1.2.246.562.10";

  private static final Pattern FORM = Pattern.compile("1\\.2\\.246\\.562\\.10\\.[0-9]{1,40}");

  @Override
  public String identifierSystem() {
    return SYSTEM;
  }

  @Override
  public FormatResult check(String value, FormatContext context) {
    return isValid(value)
        ? FormatResult.ok()
        : FormatResult.fault(IdentifierCodes.ORGANISATION_OID);
  }

  /** True if {@code value} has the form of an organisation OID. */
  public static boolean isValid(String value) {
    return value.length() <= 60 && FORM.matcher(value).matches();
  }
}
