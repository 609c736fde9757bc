package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.spec.ConditionSpec;

/**
 * Evaluates a spec's condition on a JSON source value: the document a projection reads, or the
 * value an export is about to write back ({@code exportWhen}). Fields are dotted paths; a code
 * value ({@code {koodiarvo, ...}}) compares by its {@code koodiarvo}.
 */
final class JsonConditions {

  private JsonConditions() {}

  /** Whether {@code c} holds on {@code src}; no condition holds. */
  static boolean holds(ConditionSpec c, JsonNode src) {
    if (c == null) {
      return true;
    }
    return switch (c.op()) {
      case PRESENT -> text(at(src, c.field())) != null;
      case EMPTY -> text(at(src, c.field())) == null;
      case IN -> {
        String v = text(at(src, c.field()));
        yield v != null && c.values().contains(v);
      }
      case NOT_IN -> {
        String v = text(at(src, c.field()));
        yield v != null && !c.values().contains(v);
      }
      case IS_TYPE -> isType(at(src, c.field()), c.values().get(0));
      case ALL -> c.parts().stream().allMatch(p -> holds(p, src));
      case ANY -> c.parts().stream().anyMatch(p -> holds(p, src));
      case NOT -> !holds(c.parts().get(0), src);
    };
  }

  /** The value at the dotted {@code path} of {@code src}, or null. */
  static JsonNode at(JsonNode src, String path) {
    JsonNode n = src;
    for (String s : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(s);
    }
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  private static String text(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isObject() && v.has("koodiarvo")) {
      return v.get("koodiarvo").asText();
    }
    if (v.isContainerNode()) {
      return v.isEmpty() ? null : v.toString();
    }
    String t = v.asText();
    return t.isEmpty() ? null : t;
  }

  private static boolean isType(JsonNode v, String type) {
    return v != null
        && switch (type) {
          case "boolean" -> v.isBoolean();
          case "string" -> v.isTextual();
          case "number" -> v.isNumber();
          case "object" -> v.isObject();
          case "array" -> v.isArray();
          default -> false;
        };
  }
}
