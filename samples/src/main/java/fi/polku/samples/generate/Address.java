package fi.polku.samples.generate;

/**
 * A Finnish street address.
 *
 * @param street street name, number and apartment, e.g. "Koivukuja 5 B 12"
 * @param postalCode five-digit postal code
 * @param postOffice post office in capitals, e.g. "VANTAA"
 */
public record Address(String street, String postalCode, String postOffice) {

  /** The address on one line: "Koivukuja 5 B 12, 01300 VANTAA". */
  public String oneLine() {
    return street + ", " + postalCode + " " + postOffice;
  }
}
