package fi.polku.samples.cli;

import fi.polku.samples.generate.Cities;
import java.util.HashSet;
import java.util.List;

/**
 * What to generate.
 *
 * @param learners learners in total, shared among the cities by population
 * @param seed the seed; the same settings always give the same bytes
 * @param cities municipality codes of the cities to generate, in output order
 * @param faultRate probability that a row carries an injected fault (0 for none)
 */
public record Settings(int learners, long seed, List<String> cities, double faultRate) {

  /** Default seed: the export date. */
  public static final long DEFAULT_SEED = 20250117L;

  /** Validates the settings. */
  public Settings {
    if (learners < 0) {
      throw new IllegalArgumentException("--learners must not be negative: " + learners);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("--fault-rate must be within 0..1: " + faultRate);
    }
    if (cities.isEmpty()) {
      throw new IllegalArgumentException("--cities must name at least one city");
    }
    for (String city : cities) {
      if (!Cities.CODES.contains(city)) {
        throw new IllegalArgumentException(
            "unknown city " + city + "; the seed cities are " + String.join(",", Cities.CODES));
      }
    }
    if (new HashSet<>(cities).size() != cities.size()) {
      throw new IllegalArgumentException("--cities repeats a city: " + String.join(",", cities));
    }
    cities = List.copyOf(cities);
  }

  /** All five cities. */
  public static Settings of(int learners, long seed, double faultRate) {
    return new Settings(learners, seed, Cities.CODES, faultRate);
  }
}
