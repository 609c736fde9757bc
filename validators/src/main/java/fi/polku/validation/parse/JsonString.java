package fi.polku.validation.parse;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {

  @Override
  public String jsonType() {
    return "string";
  }
}
