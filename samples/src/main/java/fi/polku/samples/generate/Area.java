package fi.polku.samples.generate;

import java.util.List;

/**
 * A district of a city and the schools and ECEC units that serve it. Learners are generated area by
 * area, so siblings share a district, and the generator only ever holds one area's families.
 */
public final class Area {

  private final boolean swedish;
  private final String district;
  private final String postalCode;
  private final List<String> streets;
  private final int[] cohorts;
  private final School primary;
  private final School lowerSecondary;
  private final School upperSecondary;
  private final List<EcecUnit> units;
  private final Weighted<EcecUnit> unitChoice;

  Area(
      boolean swedish,
      String district,
      String postalCode,
      List<String> streets,
      int[] cohorts,
      School primary,
      School lowerSecondary,
      School upperSecondary,
      List<EcecUnit> units) {
    this.swedish = swedish;
    this.district = district;
    this.postalCode = postalCode;
    this.streets = List.copyOf(streets);
    this.cohorts = cohorts.clone();
    this.primary = primary;
    this.lowerSecondary = lowerSecondary;
    this.upperSecondary = upperSecondary;
    this.units = List.copyOf(units);
    Weighted.Builder<EcecUnit> choice = Weighted.builder();
    units.forEach(u -> choice.add(u, u.places()));
    this.unitChoice = units.isEmpty() ? null : choice.build();
  }

  /** True for the catchment of Swedish-language schools and units. */
  public boolean swedish() {
    return swedish;
  }

  /** The district's name. */
  public String district() {
    return district;
  }

  /** The district's postal code. */
  public String postalCode() {
    return postalCode;
  }

  /** Streets families of the district live on. */
  public List<String> streets() {
    return streets;
  }

  /** Number of learners of an age (1–18) in the district. */
  public int cohort(int age) {
    return cohorts[age];
  }

  /** The school of pre-primary and grades 1–6 (1–9 if it is a combined school). */
  public School primary() {
    return primary;
  }

  /** The school of grades 7–9. */
  public School lowerSecondary() {
    return lowerSecondary;
  }

  /** The general upper secondary school the district's students attend, or {@code null}. */
  public School upperSecondary() {
    return upperSecondary;
  }

  /** The district's ECEC units. */
  public List<EcecUnit> units() {
    return units;
  }

  /** Draws a unit, weighted by its places. */
  public EcecUnit pickUnit(Rand rand) {
    return unitChoice.pick(rand);
  }
}
