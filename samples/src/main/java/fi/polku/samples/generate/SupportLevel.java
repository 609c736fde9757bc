package fi.polku.samples.generate;

/** Level of learning support; the canonical codes are those of Polku's {@code support-level}. */
public enum SupportLevel {
  GENERAL("general"),
  INTENSIFIED("intensified"),
  SPECIAL("special");

  private final String code;

  SupportLevel(String code) {
    this.code = code;
  }

  /** The canonical code (code system {@code https://polku.fi/fhir/CodeSystem/support-level}). */
  public String code() {
    return code;
  }
}
