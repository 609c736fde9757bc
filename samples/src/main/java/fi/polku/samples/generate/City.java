package fi.polku.samples.generate;

import java.util.List;

/**
 * One seed city and the parameters its population is generated from.
 *
 * @param code municipality code (code list {@code kunta})
 * @param name Finnish name, from the {@code kunta} code list
 * @param nameSv Swedish name, from the {@code kunta} code list
 * @param genitive Finnish genitive of the name, for "Vantaan kaupunki"
 * @param slug lower-case ASCII name for folder names
 * @param population inhabitants (thousands), the weight by which {@code --learners} is shared
 * @param swedishShare share of learners in Swedish-language schools and ECEC units
 * @param foreignLanguageShare share of foreign-language learners in Finnish-language schools
 * @param postalCodes real-looking postal codes of the city, one per district in turn
 * @param neighbours neighbouring municipalities some learners live in
 * @param autumnBreakWeek ISO week of the autumn break (syysloma)
 */
public record City(
    String code,
    String name,
    String nameSv,
    String genitive,
    String slug,
    double population,
    double swedishShare,
    double foreignLanguageShare,
    List<String> postalCodes,
    List<City.Neighbour> neighbours,
    int autumnBreakWeek) {

  /**
   * A neighbouring municipality.
   *
   * @param code municipality code (code list {@code kunta})
   * @param name Finnish name, from the {@code kunta} code list
   * @param postalCode a postal code of the municipality
   */
  public record Neighbour(String code, String name, String postalCode) {

    /** The post office as written in addresses. */
    public String postOffice() {
      return name.toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** The folder name of the city's exports, e.g. {@code 092-vantaa}. */
  public String folder() {
    return code + "-" + slug;
  }

  /** The post office name as written in addresses, e.g. {@code VANTAA}. */
  public String postOffice() {
    return name.toUpperCase(java.util.Locale.ROOT);
  }

  /** The city as education and ECEC provider, e.g. "Vantaan kaupunki". */
  public String providerName() {
    return genitive + " kaupunki";
  }
}
