package fi.polku.mapping.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping or value being read into the spec records, with its path and the problem list of
 * the whole document. Accessors record a problem (with the location) and return a neutral value
 * instead of throwing, so that one load reports every problem of a spec.
 */
final class Node {

  private final LocatedYaml doc;
  private final JsonNode json;
  private final String path;
  private final List<SpecException.SpecProblem> problems;

  Node(LocatedYaml doc, JsonNode json, String path, List<SpecException.SpecProblem> problems) {
    this.doc = doc;
    this.json = json;
    this.path = path;
    this.problems = problems;
  }

  Loc loc() {
    return doc.at(path);
  }

  JsonNode json() {
    return json;
  }

  boolean isObject() {
    return json != null && json.isObject();
  }

  boolean isArray() {
    return json != null && json.isArray();
  }

  boolean isText() {
    return json != null && json.isValueNode() && !json.isNull();
  }

  void problem(String message) {
    problems.add(new SpecException.SpecProblem(loc(), message));
  }

  /** Reports keys outside {@code allowed}, suggesting the closest allowed key. */
  void allowOnly(Set<String> allowed) {
    if (!isObject()) {
      return;
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        String hint = closest(key, allowed);
        child(key)
            .problem(
                "unknown key '"
                    + key
                    + "'"
                    + (hint == null
                        ? "; allowed: " + String.join(", ", allowed)
                        : "; did you mean '" + hint + "'?"));
      }
    }
  }

  boolean has(String key) {
    return isObject() && json.has(key) && !json.get(key).isNull();
  }

  Node child(String key) {
    return new Node(doc, isObject() ? json.get(key) : null, Loc.join(path, key), problems);
  }

  /** A text value; numbers and booleans are accepted as their text. Null if absent. */
  String text(String key) {
    Node c = child(key);
    if (c.json == null || c.json.isNull()) {
      return null;
    }
    if (!c.json.isValueNode()) {
      c.problem("'" + key + "' must be a single value, not a " + kind(c.json));
      return null;
    }
    return c.json.asText();
  }

  String requiredText(String key) {
    String t = text(key);
    if (t == null || t.isBlank()) {
      if (!has(key)) {
        problem("'" + key + "' is required");
      } else {
        child(key).problem("'" + key + "' must not be empty");
      }
      return null;
    }
    return t;
  }

  boolean bool(String key, boolean defaultValue) {
    Node c = child(key);
    if (c.json == null || c.json.isNull()) {
      return defaultValue;
    }
    if (!c.json.isBoolean()) {
      c.problem("'" + key + "' must be true or false");
      return defaultValue;
    }
    return c.json.booleanValue();
  }

  Integer integer(String key) {
    Node c = child(key);
    if (c.json == null || c.json.isNull()) {
      return null;
    }
    if (!c.json.isIntegralNumber()) {
      c.problem("'" + key + "' must be a whole number");
      return null;
    }
    return c.json.intValue();
  }

  /** A list of texts; a single text is accepted as a list of one. Null if absent. */
  List<String> texts(String key) {
    Node c = child(key);
    if (c.json == null || c.json.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (c.json.isValueNode()) {
      out.add(c.json.asText());
    } else if (c.json.isArray()) {
      for (int i = 0; i < c.json.size(); i++) {
        JsonNode e = c.json.get(i);
        if (e.isValueNode() && !e.isNull()) {
          out.add(e.asText());
        } else {
          c.element(i).problem("must be a single value");
        }
      }
    } else {
      c.problem("'" + key + "' must be a value or a list of values");
    }
    return out;
  }

  /** The elements of a list (absent: empty). */
  List<Node> list(String key) {
    Node c = child(key);
    List<Node> out = new ArrayList<>();
    if (c.json == null || c.json.isNull()) {
      return out;
    }
    if (!c.json.isArray()) {
      c.problem("'" + key + "' must be a list");
      return out;
    }
    for (int i = 0; i < c.json.size(); i++) {
      out.add(c.element(i));
    }
    return out;
  }

  /** The entries of a mapping (absent: empty), in document order. */
  Map<String, Node> entries(String key) {
    Node c = child(key);
    Map<String, Node> out = new LinkedHashMap<>();
    if (c.json == null || c.json.isNull()) {
      return out;
    }
    if (!c.json.isObject()) {
      c.problem("'" + key + "' must be a mapping of names to values");
      return out;
    }
    c.json.fieldNames().forEachRemaining(n -> out.put(n, c.child(n)));
    return out;
  }

  Node element(int i) {
    return new Node(doc, isArray() ? json.get(i) : null, path + "[" + i + "]", problems);
  }

  private static String kind(JsonNode n) {
    return n.isArray()
        ? "list"
        : n.isObject() ? "mapping" : n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** The allowed key within edit distance 2 of {@code key}, if any. */
  static String closest(String key, Set<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String a : allowed) {
      int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
