package fi.polku.model.compiler.ir;

/** Severity of an invariant. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The FHIR code of this severity. */
  public String code() {
    return code;
  }

  /** Parses a FHIR constraint severity; {@code null} if unknown. */
  public static Severity fromCode(String code) {
    for (Severity s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    return null;
  }
}
