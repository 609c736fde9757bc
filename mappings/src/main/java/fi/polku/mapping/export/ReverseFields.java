package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.spec.FieldSpec;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a spec's field mappings in reverse: reads each field's target element in a stored resource
 * and writes the inverse of its conversion to the field's source path. The rules (docs/mappings.md,
 * "Running a spec in reverse"):
 *
 * <ul>
 *   <li>a value field ({@code from} + {@code as}) is inverted with {@link ValueInverse};
 *   <li>constants ({@code value}) are not written back, but select which element of a list a
 *       structure reads (the {@code score[]} of kind {@code total-points});
 *   <li>a template is matched against the stored text and its {@code {placeholders}} are written
 *       back;
 *   <li>a structure with {@code each} gives a list at the last of its paths (the current KOSKI
 *       name; the paths before it are older names the loader also accepts);
 *   <li>when several fields write the same element, the first one that has a value takes it: a
 *       stored value is written back once.
 * </ul>
 */
final class ReverseFields {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{([^}]+)}");

  private final Map<String, List<FieldSpec>> groups;
  private final ReferenceResolver refs;

  ReverseFields(Map<String, List<FieldSpec>> groups, ReferenceResolver refs) {
    this.groups = groups;
    this.refs = refs;
  }

  /** Writes into {@code out} what {@code fields} map to the element {@code in}. */
  void apply(List<FieldSpec> fields, JsonNode in, ObjectNode out) {
    apply(fields, in, out, new Used());
  }

  private void apply(List<FieldSpec> fields, JsonNode in, ObjectNode out, Used used) {
    for (FieldSpec f : fields) {
      if (f != null) {
        apply(f, in, out, used);
      }
    }
  }

  /**
   * The stored elements already written back, by their holder and name (and list index): a stored
   * value goes back to one source field, also when fields of nested groups write the same element.
   */
  private static final class Used {
    private final Map<JsonNode, Set<String>> taken = new IdentityHashMap<>();

    boolean contains(FhirPaths.Found f, int index) {
      return taken.getOrDefault(f.container(), Set.of()).contains(f.name() + "#" + index);
    }

    void add(FhirPaths.Found f, int index) {
      taken.computeIfAbsent(f.container(), k -> new HashSet<>()).add(f.name() + "#" + index);
    }

    /** A copy to try a field on: kept only if the field's export condition holds. */
    Used copy() {
      Used c = new Used();
      taken.forEach((k, v) -> c.taken.put(k, new HashSet<>(v)));
      return c;
    }

    void keep(Used trial) {
      taken.clear();
      taken.putAll(trial.taken);
    }
  }

  /** Whether {@code in} carries the constants and templates of {@code fields}. */
  boolean matches(List<FieldSpec> fields, JsonNode in) {
    for (FieldSpec f : fields) {
      if (f == null || f.from() != null || f.isStructure()) {
        continue;
      }
      if (f.value() != null && !f.value().contains("${")) {
        JsonNode v = first(FhirPaths.values(in, f.to()));
        if (v == null || !f.value().equals(text(v))) {
          return false;
        }
      } else if (f.template() != null) {
        JsonNode v = first(FhirPaths.values(in, f.to()));
        if (v == null || !templatePattern(f.template()).matcher(v.asText()).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  private void apply(FieldSpec f, JsonNode in, ObjectNode out, Used used) {
    if (f.isStructure()) {
      structure(f, in, out, used);
      return;
    }
    if (f.template() != null) {
      template(f, in, out);
      return;
    }
    if (f.from() == null || (f.resource() != null && "reference".equals(f.as()))) {
      // Constants are not data of the source; references between the document's own resources
      // are its nesting.
      return;
    }
    FhirPaths.Found found = FhirPaths.find(in, f.to());
    if (found == null) {
      return;
    }
    if ("identifier".equals(f.as())) {
      identifier(f, found, out, used);
      return;
    }
    if (used.contains(found, -1)) {
      return;
    }
    JsonNode value = found.value();
    JsonNode result;
    if (value.isArray() && f.split() != null) {
      StringBuilder b = new StringBuilder();
      for (JsonNode v : value) {
        b.append(b.length() == 0 ? "" : f.split()).append(v.asText());
      }
      result = b.length() == 0 ? null : NODES.textNode(b.toString());
    } else if (value.isArray()) {
      ArrayNode a = NODES.arrayNode();
      for (int i = 0; i < value.size(); i++) {
        JsonNode v = ValueInverse.invert(f, value.get(i), found.companion(i), refs);
        if (v != null) {
          a.add(v);
        }
      }
      result = a.isEmpty() ? null : a;
    } else {
      result = ValueInverse.invert(f, value, found.companion(0), refs);
    }
    if (result != null && JsonConditions.holds(f.exportWhen(), result)) {
      put(out, f.from(), result);
      used.add(found, -1);
    }
  }

  private void identifier(FieldSpec f, FhirPaths.Found found, ObjectNode out, Used used) {
    JsonNode value = found.value();
    int n = value.isArray() ? value.size() : 1;
    for (int i = 0; i < n; i++) {
      JsonNode id = value.isArray() ? value.get(i) : value;
      if (!used.contains(found, i)
          && f.system() != null
          && f.system().equals(id.path("system").asText())
          && id.hasNonNull("value")) {
        put(out, f.from(), id.get("value"));
        used.add(found, i);
        return;
      }
    }
  }

  private void structure(FieldSpec f, JsonNode in, ObjectNode out, Used used) {
    List<FieldSpec> nested = f.fieldGroup() != null ? groups.get(f.fieldGroup()) : f.fields();
    FhirPaths.Found found = FhirPaths.find(in, f.to());
    if (nested == null || found == null) {
      return;
    }
    JsonNode value = found.value();
    int n = value.isArray() ? value.size() : 1;
    boolean list = f.each() != null && !f.each().isEmpty();
    ArrayNode elements = NODES.arrayNode();
    for (int i = 0; i < n; i++) {
      JsonNode element = value.isArray() ? value.get(i) : value;
      if (used.contains(found, i) || !matches(nested, element)) {
        continue;
      }
      if (!list && f.from() == null) {
        // Fields of the source object itself, kept in a structure of their own (a score).
        used.add(found, i);
        apply(nested, element, out, used);
        return;
      }
      ObjectNode o = NODES.objectNode();
      Used trial = f.exportWhen() == null ? used : used.copy();
      apply(nested, element, o, trial);
      if (!JsonConditions.holds(f.exportWhen(), o)) {
        continue;
      }
      if (trial != used) {
        used.keep(trial);
      }
      used.add(found, i);
      if (!list) {
        if (!o.isEmpty()) {
          put(out, f.from(), o);
        }
        return;
      }
      if (!o.isEmpty()) {
        elements.add(o);
      }
    }
    if (!elements.isEmpty()) {
      put(out, f.each().get(f.each().size() - 1), elements);
    }
  }

  /** Writes back the placeholders of a template matched against the stored text. */
  private void template(FieldSpec f, JsonNode in, ObjectNode out) {
    JsonNode v = first(FhirPaths.values(in, f.to()));
    if (v == null) {
      return;
    }
    List<String> names = new java.util.ArrayList<>();
    Matcher m = templatePattern(f.template(), names).matcher(v.asText());
    if (!m.matches()) {
      return;
    }
    for (int g = 0; g < names.size(); g++) {
      String name = names.get(g);
      if (!name.startsWith("$") && !f.template().contains("${" + name + "}")) {
        put(out, name, NODES.textNode(m.group(g + 1)));
      }
    }
  }

  private static Pattern templatePattern(String template) {
    return templatePattern(template, new java.util.ArrayList<>());
  }

  private static Pattern templatePattern(String template, List<String> names) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("(.*)");
      names.add(m.group().startsWith("$") ? "$" + m.group(1) : m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return Pattern.compile(regex.toString());
  }

  private static JsonNode first(List<JsonNode> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /** The text of a code, a Coding, a CodeableConcept or a plain value. */
  private static String text(JsonNode v) {
    if (v.isValueNode()) {
      return v.asText();
    }
    JsonNode c = v.has("coding") ? v.path("coding").path(0) : v;
    return c.path("code").asText(null);
  }

  /** Sets {@code value} at the dotted {@code path} of {@code out}, merging objects. */
  static void put(ObjectNode out, String path, JsonNode value) {
    String[] s = path.split("\\.");
    ObjectNode node = out;
    for (int i = 0; i < s.length - 1; i++) {
      JsonNode next = node.get(s[i]);
      node = next instanceof ObjectNode o ? o : node.putObject(s[i]);
    }
    String name = s[s.length - 1];
    JsonNode existing = node.get(name);
    if (existing instanceof ObjectNode e && value instanceof ObjectNode v) {
      merge(e, v);
    } else {
      node.set(name, value);
    }
  }

  private static void merge(ObjectNode into, ObjectNode from) {
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode x && e.getValue() instanceof ObjectNode y) {
        merge(x, y);
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }
}
