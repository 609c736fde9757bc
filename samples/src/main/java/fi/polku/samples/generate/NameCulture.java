package fi.polku.samples.generate;

/** A naming tradition with its own word-list sections in {@code names.txt}. */
public enum NameCulture {
  FINNISH("fi"),
  SWEDISH("sv"),
  SLAVIC("slavic"),
  ESTONIAN("estonian"),
  MIDDLE_EAST_AFRICA("mena"),
  EAST_ASIAN("east-asian"),
  SOUTH_ASIAN("south-asian"),
  WESTERN("western");

  private final String section;

  NameCulture(String section) {
    this.section = section;
  }

  /** The section prefix in {@code names.txt}. */
  public String section() {
    return section;
  }

  /** True for the cultures that usually give children two or three given names. */
  public boolean severalGivenNames() {
    return this == FINNISH || this == SWEDISH || this == ESTONIAN;
  }
}
