package fi.polku.samples.generate;

/**
 * The level a pupil studies at: pre-primary, grades 1–9 of basic education, or years 1–3 of general
 * upper secondary education. Local codes for these live with each export format.
 */
public enum GradeLevel {
  PRE_PRIMARY,
  GRADE_1,
  GRADE_2,
  GRADE_3,
  GRADE_4,
  GRADE_5,
  GRADE_6,
  GRADE_7,
  GRADE_8,
  GRADE_9,
  UPPER_1,
  UPPER_2,
  UPPER_3;

  /** Grade {@code 1..9} of basic education. */
  public static GradeLevel basic(int grade) {
    if (grade < 1 || grade > 9) {
      throw new IllegalArgumentException("basic grade " + grade);
    }
    return values()[grade];
  }

  /** Year {@code 1..3} of general upper secondary education. */
  public static GradeLevel upperSecondary(int year) {
    if (year < 1 || year > 3) {
      throw new IllegalArgumentException("upper secondary year " + year);
    }
    return values()[9 + year];
  }

  /** True for pre-primary education. */
  public boolean isPrePrimary() {
    return this == PRE_PRIMARY;
  }

  /** True for grades 1–9. */
  public boolean isBasic() {
    return ordinal() >= 1 && ordinal() <= 9;
  }

  /** True for general upper secondary years 1–3. */
  public boolean isUpperSecondary() {
    return ordinal() >= 10;
  }

  /**
   * The number: 0 for pre-primary, the grade 1–9 for basic education, the year 1–3 for upper
   * secondary.
   */
  public int number() {
    return isUpperSecondary() ? ordinal() - 9 : ordinal();
  }

  /**
   * The national study-right type (code list {@code opiskeluoikeudentyyppi}) a pupil at this level
   * has.
   */
  public String studyRightType() {
    if (isPrePrimary()) {
      return "esiopetus";
    }
    return isBasic() ? "perusopetus" : "lukiokoulutus";
  }
}
