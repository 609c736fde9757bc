package fi.polku.hub.index;

import java.util.Locale;

/** The FHIR search parameter types the index knows. */
public enum ParamType {
  TOKEN,
  STRING,
  DATE,
  REFERENCE,
  NUMBER,
  QUANTITY,
  URI,
  COMPOSITE,
  SPECIAL;

  /** The type of a FHIR type code ({@code token}, {@code date}, ...). */
  public static ParamType of(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  /** The FHIR code of this type. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
