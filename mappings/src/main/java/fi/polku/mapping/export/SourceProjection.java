package fi.polku.mapping.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.spec.FieldSpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.ResourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a source document a spec keeps, in the form its export writes: the document reduced to
 * the paths the spec's fields read. This is the round trip's expectation. Left out are:
 *
 * <ul>
 *   <li>paths no field reads (the spec's {@code ignore} list: organisation details other than the
 *       OID, vocational qualification data, test-harness flags);
 *   <li>the names of code values ({@code nimi}, {@code lyhytNimi} of {@code {koodiarvo, ...}}):
 *       code-list data, not the document's; the stored display is one language of it;
 *   <li>which of alternative paths a document used ({@code kotiopetus} or {@code
 *       kotiopetusjaksot}): lists of both are written under the last (current) name, a single
 *       object as a list of one.
 * </ul>
 */
public final class SourceProjection {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([^}]+)}");

  private final MappingSpec spec;

  /** The projection of documents read by the first entity of {@code spec}. */
  public SourceProjection(MappingSpec spec) {
    this.spec = spec;
  }

  /** The part of {@code document} the spec keeps. */
  public ObjectNode project(JsonNode document) {
    ObjectNode out = NODES.objectNode();
    resources(spec.entities().get(0).resources(), document, out);
    return out;
  }

  /** A copy of {@code node} without the names of its code values (for the exported side). */
  public static JsonNode withoutCodeNames(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      if (o.has("koodiarvo")) {
        o.remove("nimi");
        o.remove("lyhytNimi");
      }
      o.forEach(SourceProjection::strip);
    } else if (n instanceof ArrayNode a) {
      a.forEach(SourceProjection::strip);
    }
  }

  private void resources(List<ResourceSpec> resources, JsonNode src, ObjectNode out) {
    if (resources == null) {
      return;
    }
    for (ResourceSpec r : resources) {
      if (r.each() == null || r.each().isEmpty()) {
        fields(r.fields(), src, out);
        resources(r.resources(), src, out);
        continue;
      }
      ArrayNode list = NODES.arrayNode();
      for (JsonNode element : elements(src, r.each())) {
        ObjectNode o = NODES.objectNode();
        fields(r.fields(), element, o);
        resources(r.resources(), element, o);
        list.add(o);
      }
      if (!list.isEmpty()) {
        ReverseFields.put(out, r.each().get(r.each().size() - 1), list);
      }
    }
  }

  private void fields(List<FieldSpec> fields, JsonNode src, ObjectNode out) {
    for (FieldSpec f : fields) {
      if (f != null && JsonConditions.holds(f.when(), src)) {
        field(f, src, out);
      }
    }
  }

  private void field(FieldSpec f, JsonNode src, ObjectNode out) {
    if (f.isStructure()) {
      List<FieldSpec> nested =
          f.fieldGroup() != null ? spec.groups().get(f.fieldGroup()) : f.fields();
      if (nested == null) {
        return;
      }
      if (f.each() != null && !f.each().isEmpty()) {
        ArrayNode list = NODES.arrayNode();
        for (JsonNode element : elements(src, f.each())) {
          ObjectNode o = NODES.objectNode();
          fields(nested, element, o);
          list.add(o);
        }
        if (!list.isEmpty()) {
          ReverseFields.put(out, f.each().get(f.each().size() - 1), list);
        }
      } else if (f.from() != null) {
        JsonNode v = at(src, f.from());
        if (v != null && v.isObject()) {
          ObjectNode o = NODES.objectNode();
          fields(nested, v, o);
          ReverseFields.put(out, f.from(), o);
        }
      } else {
        fields(nested, src, out);
      }
      return;
    }
    if (f.template() != null) {
      Matcher m = PLACEHOLDER.matcher(f.template());
      while (m.find()) {
        JsonNode v = at(src, m.group(1));
        if (v != null && v.isValueNode()) {
          ReverseFields.put(out, m.group(1), NODES.textNode(v.asText()));
        }
      }
      return;
    }
    if (f.from() == null || f.from().startsWith("$")) {
      return;
    }
    if ("reference".equals(f.as()) && f.resource() != null) {
      return;
    }
    JsonNode v = at(src, f.from());
    if (v == null || v.isNull()) {
      return;
    }
    JsonNode kept = v.isArray() ? list(f, v) : value(f, v);
    if (kept != null) {
      ReverseFields.put(out, f.from(), kept);
    }
  }

  private static JsonNode list(FieldSpec f, JsonNode array) {
    ArrayNode a = NODES.arrayNode();
    for (JsonNode e : array) {
      JsonNode k = value(f, e);
      if (k != null) {
        a.add(k);
      }
    }
    return a;
  }

  private static JsonNode value(FieldSpec f, JsonNode v) {
    String as = f.as() == null ? "string" : f.as();
    return switch (as) {
      case "koodi" -> codeWithoutNames(v);
      case "laajuus" -> {
        if (!v.isObject()) {
          yield v;
        }
        ObjectNode l = v.deepCopy();
        if (l.get("yksikkö") instanceof ObjectNode) {
          l.set("yksikkö", codeWithoutNames(l.get("yksikkö")));
        }
        yield l;
      }
      default -> v;
    };
  }

  private static JsonNode codeWithoutNames(JsonNode v) {
    if (!(v instanceof ObjectNode o)) {
      return v;
    }
    ObjectNode c = o.deepCopy();
    c.remove("nimi");
    c.remove("lyhytNimi");
    return c;
  }

  /** The elements under any of {@code paths}: list elements, or a single object as one. */
  private static List<JsonNode> elements(JsonNode src, List<String> paths) {
    List<JsonNode> out = new ArrayList<>();
    for (String p : paths) {
      JsonNode v = at(src, p);
      if (v == null) {
        continue;
      }
      if (v.isArray()) {
        v.forEach(out::add);
      } else if (v.isObject()) {
        out.add(v);
      }
    }
    return out;
  }

  private static JsonNode at(JsonNode src, String path) {
    return JsonConditions.at(src, path);
  }
}
