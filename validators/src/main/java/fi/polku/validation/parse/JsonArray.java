package fi.polku.validation.parse;

import java.util.Collections;
import java.util.List;

/** A JSON array. */
public final class JsonArray implements JsonValue {

  private final List<JsonValue> items;

  /** An array of {@code items}, which the caller hands over and no longer changes. */
  JsonArray(List<JsonValue> items) {
    this.items = Collections.unmodifiableList(items);
  }

  /** The items in document order. */
  public List<JsonValue> items() {
    return items;
  }

  /** Number of items. */
  public int size() {
    return items.size();
  }

  @Override
  public String jsonType() {
    return "array";
  }
}
