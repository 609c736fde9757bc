package fi.polku.validation.parse;

/**
 * A JSON value read by {@link SafeJsonReader}: a small immutable tree that keeps number literals as
 * written (a FHIR decimal's precision matters) and object members in document order.
 */
public sealed interface JsonValue
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

  /** The JSON type name: {@code object}, {@code array}, {@code string}, {@code number}, ... */
  String jsonType();
}
