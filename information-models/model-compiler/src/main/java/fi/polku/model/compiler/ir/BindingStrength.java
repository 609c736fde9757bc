package fi.polku.model.compiler.ir;

/** FHIR binding strengths, as written in the model ({@code pm:required} and so on). */
public enum BindingStrength {
  REQUIRED("required"),
  EXTENSIBLE("extensible"),
  PREFERRED("preferred"),
  EXAMPLE("example");

  private final String code;

  BindingStrength(String code) {
    this.code = code;
  }

  /** The FHIR code of this strength. */
  public String code() {
    return code;
  }

  /** Parses a FHIR binding strength code; {@code null} if unknown. */
  public static BindingStrength fromCode(String code) {
    for (BindingStrength s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    return null;
  }
}
