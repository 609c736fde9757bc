package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled target path ({@code name[0].given[]}, {@code extension:municipality.valueCoding}) that
 * writes values into a resource's JSON tree, creating what is missing. Intermediate repeating
 * elements default to their first element; the last element, if it repeats, gets a new element per
 * value ({@code []} says so explicitly, {@code [n]} picks one).
 */
final class TargetPath {

  /** How a segment picks its element. */
  enum Mode {
    SINGLE,
    APPEND,
    INDEX
  }

  /**
   * One step of the path.
   *
   * @param name JSON property name ({@code extension} for slices)
   * @param mode how the element is picked
   * @param index the index for {@link Mode#INDEX}
   * @param sliceUrl for an extension slice, its URL
   */
  record Segment(String name, Mode mode, int index, String sliceUrl) {}

  private final String text;
  private final Segment[] segments;

  TargetPath(String text, List<Segment> segments) {
    this.text = text;
    this.segments = segments.toArray(new Segment[0]);
  }

  /** The path as written in the spec. */
  String text() {
    return text;
  }

  /** The element the path's last segment names (set after writing: container and name). */
  record Written(ObjectNode container, String name) {}

  /**
   * Writes {@code value} (and the {@code _name} companion, if not null) and returns where it went.
   */
  Written write(ObjectNode root, JsonNode value, ObjectNode companion) {
    ObjectNode node = root;
    for (int i = 0; i < segments.length - 1; i++) {
      node = step(node, segments[i]);
    }
    Segment last = segments[segments.length - 1];
    if (last.sliceUrl() != null) {
      ObjectNode ext = step(node, last);
      if (value instanceof ObjectNode o) {
        ext.setAll(o);
      }
      return new Written(node, "extension");
    }
    switch (last.mode()) {
      case APPEND -> {
        ArrayNode a = array(node, last.name());
        a.add(value);
        if (companion != null || node.has("_" + last.name())) {
          ArrayNode c = array(node, "_" + last.name());
          while (c.size() < a.size() - 1) {
            c.add(NullNode.getInstance());
          }
          c.add(companion == null ? NullNode.getInstance() : companion);
        }
      }
      case INDEX -> {
        ArrayNode a = array(node, last.name());
        while (a.size() <= last.index()) {
          a.addObject();
        }
        a.set(last.index(), merge(a.get(last.index()), value));
      }
      case SINGLE -> {
        node.set(last.name(), merge(node.get(last.name()), value));
        if (companion != null) {
          node.set("_" + last.name(), companion);
        }
      }
    }
    return new Written(node, last.name());
  }

  private static JsonNode merge(JsonNode existing, JsonNode value) {
    if (existing instanceof ObjectNode e && value instanceof ObjectNode v) {
      e.setAll(v);
      return e;
    }
    return value;
  }

  private static ObjectNode step(ObjectNode node, Segment s) {
    if (s.sliceUrl() != null) {
      ArrayNode ext = array(node, "extension");
      if (s.mode() != Mode.APPEND) {
        for (JsonNode e : ext) {
          if (s.sliceUrl().equals(e.path("url").asText())) {
            return (ObjectNode) e;
          }
        }
      }
      ObjectNode e = ext.addObject();
      e.put("url", s.sliceUrl());
      return e;
    }
    switch (s.mode()) {
      case APPEND -> {
        return array(node, s.name()).addObject();
      }
      case INDEX -> {
        ArrayNode a = array(node, s.name());
        while (a.size() <= s.index()) {
          a.addObject();
        }
        return (ObjectNode) a.get(s.index());
      }
      default -> {
        JsonNode existing = node.get(s.name());
        if (existing instanceof ObjectNode o) {
          return o;
        }
        return node.putObject(s.name());
      }
    }
  }

  private static ArrayNode array(ObjectNode node, String name) {
    JsonNode existing = node.get(name);
    if (existing instanceof ArrayNode a) {
      return a;
    }
    return node.putArray(name);
  }

  /** Parses path text into raw segments (names with their bracket suffix), without the model. */
  static List<String[]> split(String text) {
    List<String[]> out = new ArrayList<>();
    for (String part : text.split("\\.(?![^\\[]*\\])")) {
      int b = part.indexOf('[');
      if (b < 0) {
        out.add(new String[] {part, null});
      } else if (part.endsWith("]")) {
        out.add(new String[] {part.substring(0, b), part.substring(b + 1, part.length() - 1)});
      } else {
        out.add(new String[] {part, "?"});
      }
    }
    return out;
  }
}
