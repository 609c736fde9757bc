package fi.polku.validation.parse;

/** {@code null}. */
public enum JsonNull implements JsonValue {
  INSTANCE;

  @Override
  public String jsonType() {
    return "null";
  }
}
