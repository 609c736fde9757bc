package fi.polku.hub.search;

import java.math.BigDecimal;

/**
 * A number search value and the range its precision implies (FHIR R5 search, number: {@code 100}
 * means 99.5 ≤ x < 100.5; {@code 1e2} likewise), used for {@code eq}, {@code ne} and {@code ap}.
 *
 * @param value the value
 * @param low lower end of the implied range (inclusive)
 * @param high upper end of the implied range (exclusive)
 */
public record NumberRange(double value, double low, double high) {

  /**
   * Parses a FHIR decimal search value.
   *
   * @throws IllegalArgumentException when it is not a number
   */
  public static NumberRange parse(String text) {
    BigDecimal d = new BigDecimal(text.trim());
    BigDecimal half =
        BigDecimal.ONE.movePointLeft(Math.max(d.scale(), -20)).divide(BigDecimal.valueOf(2));
    return new NumberRange(
        d.doubleValue(), d.subtract(half).doubleValue(), d.add(half).doubleValue());
  }
}
