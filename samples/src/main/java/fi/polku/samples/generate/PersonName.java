package fi.polku.samples.generate;

import java.util.List;

/**
 * A person's name.
 *
 * @param family surname
 * @param given all first names, in order
 * @param calling the first name the person goes by (one of {@code given})
 */
public record PersonName(String family, List<String> given, String calling) {

  /** The first names separated by single spaces, as population registers write them. */
  public String givenNames() {
    return String.join(" ", given);
  }
}
