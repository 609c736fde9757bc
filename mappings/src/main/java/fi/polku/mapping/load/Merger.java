package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a record's version of a shared resource (a learner, a guardian, an organisation that
 * several sources know) into the stored one, so that each source contributes without erasing the
 * others:
 *
 * <ul>
 *   <li>identifiers: the record's replace stored ones of the same system; other systems (other
 *       sources' keys) stay;
 *   <li>extensions: the record's replace stored ones with the same URL;
 *   <li>{@code Organization.type}: the union;
 *   <li>every other element the record has replaces the stored one; elements it lacks stay.
 * </ul>
 *
 * Identifiers, extensions and the type union are sorted, so the result does not depend on which
 * source wrote first, and merging the same record again changes nothing: re-loads stay unchanged.
 */
final class Merger {

  /** Elements a merge does not take from the stored version. */
  private static final Set<String> NOT_KEPT = Set.of("id", "meta", "text");

  /** What the hub leaves out of {@code meta} when it compares a write with the stored version. */
  private static final List<String> NOT_COMPARED_IN_META =
      List.of("versionId", "lastUpdated", "source");

  private static final Comparator<JsonNode> BY_TEXT = Comparator.comparing(JsonNode::toString);

  private Merger() {}

  /** {@code ours} in canonical order, when nothing is stored yet. */
  static ObjectNode canonical(ObjectNode ours) {
    return merge(null, ours);
  }

  /** {@code existing} (may be null) merged with {@code ours}; neither is modified. */
  static ObjectNode merge(ObjectNode existing, ObjectNode ours) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.set("resourceType", ours.get("resourceType"));
    if (existing != null) {
      Iterator<Map.Entry<String, JsonNode>> it = existing.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!NOT_KEPT.contains(e.getKey())) {
          out.set(e.getKey(), e.getValue().deepCopy());
        }
      }
    }
    boolean organization = "Organization".equals(ours.path("resourceType").asText());
    Iterator<Map.Entry<String, JsonNode>> it = ours.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode value = e.getValue();
      switch (name) {
        case "resourceType" -> {}
        case "identifier" -> out.set(name, replaceBy(out.get(name), value, "system"));
        case "extension" -> out.set(name, replaceBy(out.get(name), value, "url"));
        case "type" -> out.set(name, organization ? union(out.get(name), value) : value.deepCopy());
        default -> {
          if (!name.startsWith("_") && !ours.has("_" + name)) {
            out.remove("_" + name); // a stale translation of a replaced text
          }
          out.set(name, value.deepCopy());
        }
      }
    }
    if (out.get("identifier") instanceof ArrayNode ids) {
      out.set("identifier", sorted(ids));
    }
    if (out.get("extension") instanceof ArrayNode ext) {
      out.set("extension", sorted(ext));
    }
    if (ours.has("meta")) {
      out.set("meta", ours.get("meta").deepCopy());
    }
    return out;
  }

  /**
   * Whether writing {@code merged} (a result of {@link #merge}) over {@code stored} would change
   * nothing: the hub compares everything but the {@code id} and, in {@code meta}, the version, time
   * and source (a load stamps its own run there).
   */
  static boolean sameContent(ObjectNode stored, ObjectNode merged) {
    return comparable(stored).equals(comparable(merged));
  }

  private static Map<String, JsonNode> comparable(ObjectNode resource) {
    Map<String, JsonNode> out = new java.util.HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = resource.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("meta") && e.getValue() instanceof ObjectNode meta) {
        ObjectNode kept = meta.deepCopy();
        kept.remove(NOT_COMPARED_IN_META);
        if (!kept.isEmpty()) {
          out.put("meta", kept);
        }
      } else if (!e.getKey().equals("id")) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  private static ArrayNode replaceBy(JsonNode stored, JsonNode ours, String field) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    Set<String> replaced = new HashSet<>();
    for (JsonNode o : ours) {
      replaced.add(o.path(field).asText());
    }
    if (stored != null) {
      for (JsonNode s : stored) {
        if (!replaced.contains(s.path(field).asText())) {
          out.add(s.deepCopy());
        }
      }
    }
    for (JsonNode o : ours) {
      out.add(o.deepCopy());
    }
    return out;
  }

  private static ArrayNode union(JsonNode stored, JsonNode ours) {
    List<JsonNode> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode source : new JsonNode[] {stored, ours}) {
      if (source == null) {
        continue;
      }
      for (JsonNode n : source) {
        if (seen.add(n.toString())) {
          all.add(n.deepCopy());
        }
      }
    }
    all.sort(BY_TEXT);
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    all.forEach(out::add);
    return out;
  }

  private static ArrayNode sorted(ArrayNode a) {
    List<JsonNode> items = new ArrayList<>();
    a.forEach(items::add);
    items.sort(
        Comparator.comparing((JsonNode n) -> n.path("system").asText(n.path("url").asText()))
            .thenComparing(n -> n.path("value").asText())
            .thenComparing(BY_TEXT));
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    items.forEach(out::add);
    return out;
  }
}
