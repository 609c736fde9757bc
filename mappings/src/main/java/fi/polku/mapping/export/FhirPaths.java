package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec's target path ({@code module.subjectGroup}, {@code identifier[]}) in a stored
 * resource's JSON, the way the inbound engine wrote it: an intermediate repeating element is its
 * first element, the last one gives all of its values.
 */
final class FhirPaths {

  private FhirPaths() {}

  /** The path without its {@code []} / {@code [n]} suffixes, split at dots. */
  static String[] segments(String to) {
    return to.replaceAll("\\[[0-9]*]", "").split("\\.");
  }

  /** Whether the spec path appends to a list ({@code statusHistory[]}). */
  static boolean appends(String to) {
    return to.endsWith("[]");
  }

  /**
   * The element at {@code to} in {@code node} and the object holding it (for {@code _name}
   * companions), or null when absent.
   */
  static Found find(JsonNode node, String to) {
    String[] s = segments(to);
    JsonNode container = node;
    for (int i = 0; i < s.length - 1; i++) {
      container = first(container == null ? null : container.get(s[i]));
    }
    if (container == null || !container.isObject()) {
      return null;
    }
    JsonNode value = container.get(s[s.length - 1]);
    if (value == null || value.isNull()) {
      return null;
    }
    return new Found(container, s[s.length - 1], value);
  }

  /** The values at {@code to}: the elements of a list, or the one value. */
  static List<JsonNode> values(JsonNode node, String to) {
    Found f = find(node, to);
    List<JsonNode> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    if (f.value().isArray()) {
      f.value().forEach(out::add);
    } else {
      out.add(f.value());
    }
    return out;
  }

  private static JsonNode first(JsonNode n) {
    if (n != null && n.isArray()) {
      return n.isEmpty() ? null : n.get(0);
    }
    return n;
  }

  /**
   * An element found.
   *
   * @param container the object holding it
   * @param name its property name
   * @param value its value (an array for a repeating element)
   */
  record Found(JsonNode container, String name, JsonNode value) {

    /** The {@code _name} companion of the value (or of list element {@code index}), or null. */
    JsonNode companion(int index) {
      JsonNode c = container.get("_" + name);
      if (c != null && c.isArray()) {
        c = index < c.size() ? c.get(index) : null;
      }
      return c == null || c.isNull() ? null : c;
    }
  }
}
