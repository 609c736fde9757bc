package fi.polku.validation.parse;

/** A JSON number, kept as the literal text of the document (e.g. {@code 1.50}, {@code 2e3}). */
public record JsonNumber(String text) implements JsonValue {

  @Override
  public String jsonType() {
    return "number";
  }
}
