package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Semantic comparison of two JSON documents: key order does not matter, nor do empty values ({@code
 * null}, {@code ""}, {@code []}, {@code {}}); numbers compare by value ({@code 1} equals {@code
 * 1.0}); arrays compare element by element in order. The result is the list of differences, each
 * with its path, so a round trip can say exactly what did not come back.
 */
public final class JsonComparison {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonComparison() {}

  /**
   * One difference.
   *
   * @param path where ({@code opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].alku})
   * @param expected the expected value, or null when the actual side has an element the expected
   *     lacks
   * @param actual the actual value, or null when it is missing
   */
  public record Difference(String path, JsonNode expected, JsonNode actual) {
    @Override
    public String toString() {
      return path + ": expected " + show(expected) + ", actual " + show(actual);
    }

    private static String show(JsonNode n) {
      if (n == null) {
        return "(missing)";
      }
      String s = n.toString();
      return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
  }

  /** The differences between {@code expected} and {@code actual}, both normalised first. */
  public static List<Difference> compare(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    diff("", normalise(expected), normalise(actual), out);
    return out;
  }

  /**
   * A copy without empty values: nulls, empty texts, and arrays and objects that are empty once
   * their own empty values are gone. Returns null when nothing is left.
   */
  public static JsonNode normalise(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText().isEmpty() ? null : n;
    }
    if (n.isObject()) {
      ObjectNode o = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = normalise(e.getValue());
        if (v != null) {
          o.set(e.getKey(), v);
        }
      }
      return o.isEmpty() ? null : o;
    }
    if (n.isArray()) {
      ArrayNode a = NODES.arrayNode();
      for (JsonNode e : n) {
        JsonNode v = normalise(e);
        if (v != null) {
          a.add(v);
        }
      }
      return a.isEmpty() ? null : a;
    }
    return n;
  }

  private static void diff(String path, JsonNode e, JsonNode a, List<Difference> out) {
    if (e == null && a == null) {
      return;
    }
    if (e == null || a == null) {
      out.add(new Difference(path, e, a));
      return;
    }
    if (e.isObject() && a.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      a.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        diff(path.isEmpty() ? k : path + "." + k, e.get(k), a.get(k), out);
      }
      return;
    }
    if (e.isArray() && a.isArray()) {
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        diff(path + "[" + i + "]", e.get(i), a.get(i), out);
      }
      return;
    }
    if (!sameValue(e, a)) {
      out.add(new Difference(path, e, a));
    }
  }

  private static boolean sameValue(JsonNode e, JsonNode a) {
    if (e.isNumber() && a.isNumber()) {
      return e.decimalValue().compareTo(a.decimalValue()) == 0;
    }
    return e.equals(a);
  }
}
