package fi.polku.samples.generate;

/** The kinds of school the generator builds and the levels each one teaches. */
public enum SchoolType {
  /** Alakoulu: pre-primary and grades 1–6. */
  PRIMARY("11"),
  /** Yläkoulu: grades 7–9. */
  LOWER_SECONDARY("11"),
  /** Yhtenäiskoulu: pre-primary and grades 1–9. */
  COMBINED("11"),
  /** Lukio: general upper secondary. */
  UPPER_SECONDARY("15");

  private final String schoolTypeCode;

  SchoolType(String schoolTypeCode) {
    this.schoolTypeCode = schoolTypeCode;
  }

  /** The national school type (code list {@code oppilaitostyyppi}). */
  public String schoolTypeCode() {
    return schoolTypeCode;
  }

  /** True if a school of this type teaches the level. */
  public boolean teaches(GradeLevel level) {
    return switch (this) {
      case PRIMARY -> level.isPrePrimary() || (level.isBasic() && level.number() <= 6);
      case LOWER_SECONDARY -> level.isBasic() && level.number() >= 7;
      case COMBINED -> level.isPrePrimary() || level.isBasic();
      case UPPER_SECONDARY -> level.isUpperSecondary();
    };
  }
}
