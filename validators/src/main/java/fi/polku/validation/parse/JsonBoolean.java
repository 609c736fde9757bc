package fi.polku.validation.parse;

/** {@code true} or {@code false}. */
public enum JsonBoolean implements JsonValue {
  TRUE,
  FALSE;

  /** The constant for {@code value}. */
  public static JsonBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public String jsonType() {
    return "boolean";
  }
}
