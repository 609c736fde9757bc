package fi.polku.validation.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object; members in document order, names unique (duplicates are rejected on reading). */
public final class JsonObject implements JsonValue {

  private final Map<String, JsonValue> members;

  /** An object of {@code members}, which the caller hands over and no longer changes. */
  JsonObject(LinkedHashMap<String, JsonValue> members) {
    this.members = Collections.unmodifiableMap(members);
  }

  /** Members in document order. */
  public Map<String, JsonValue> members() {
    return members;
  }

  /** The member {@code name}, or null. */
  public JsonValue get(String name) {
    return members.get(name);
  }

  /** The member {@code name} if it is a string, else null. */
  public String string(String name) {
    return members.get(name) instanceof JsonString s ? s.value() : null;
  }

  /** The member {@code name} if it is an object, else null. */
  public JsonObject object(String name) {
    return members.get(name) instanceof JsonObject o ? o : null;
  }

  /** Number of members. */
  public int size() {
    return members.size();
  }

  @Override
  public String jsonType() {
    return "object";
  }
}
