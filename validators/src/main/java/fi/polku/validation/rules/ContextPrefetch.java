package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules will ask the resolver while a batch of records is validated, found before any of
 * them is, so that the resolver can fetch it in one go ({@link ContextRecords#prefetch}): the
 * references each record holds where a followed path ({@code pr:follow}) leaves it, and what each
 * record refers to where a rule asks for the records referring to the same ({@code
 * pr:referencing}). Only the records' own references: what lies behind a reference is asked as each
 * record is validated ({@link ContextCollector}, whose navigation this mirrors without fetching).
 */
final class ContextPrefetch {

  private final RecordIris iris;
  private final Set<String> references = new LinkedHashSet<>();
  private final Map<List<String>, Set<String>> referencing = new LinkedHashMap<>();

  ContextPrefetch(RecordIris iris) {
    this.iris = iris;
  }

  /** Plans the questions the validation of {@code record} will ask. */
  void add(
      ObjectNode record, Collection<String> follow, Collection<BusinessRule.Referencing> specs) {
    for (String path : follow) {
      for (ObjectNode end : ownReferences(record, path.split("\\."))) {
        references.add(iris.forResolver(end.get("reference").asText()));
      }
    }
    for (BusinessRule.Referencing spec : specs) {
      for (ObjectNode end : ownReferences(record, spec.reference().split("\\."))) {
        String key = iris.forResolver(end.get("reference").asText());
        if (RecordIris.isLiteral(key)) {
          referencing
              .computeIfAbsent(
                  List.of(spec.resourceType(), spec.path()), k -> new LinkedHashSet<>())
              .add(key);
        } else {
          // A conditional reference is resolved first to learn what it refers to.
          references.add(key);
        }
      }
    }
  }

  /** References {@link ContextRecords#resolve} will be asked for. */
  Set<String> references() {
    return references;
  }

  /**
   * Per question ({@code [resourceType, path]}), the references {@link ContextRecords#referencing}
   * will be asked with.
   */
  Map<List<String>, Set<String>> referencing() {
    return referencing;
  }

  /**
   * The references at the end of {@code segments} below {@code root}; a reference met on the way is
   * planned to be resolved, and the path is not followed past it.
   */
  private List<ObjectNode> ownReferences(ObjectNode root, String[] segments) {
    List<ObjectNode> current = List.of(root);
    for (int i = 0; i < segments.length && !current.isEmpty(); i++) {
      List<ObjectNode> next = new ArrayList<>();
      for (ObjectNode at : current) {
        collect(at.get(segments[i]), next);
      }
      if (i == segments.length - 1) {
        next.removeIf(o -> !ContextCollector.isReference(o));
        return next;
      }
      List<ObjectNode> within = new ArrayList<>(next.size());
      for (ObjectNode o : next) {
        if (ContextCollector.isReference(o)) {
          references.add(iris.forResolver(o.get("reference").asText()));
        } else {
          within.add(o);
        }
      }
      current = within;
    }
    return List.of();
  }

  private static void collect(JsonNode value, List<ObjectNode> out) {
    if (value instanceof ObjectNode o) {
      out.add(o);
    } else if (value != null && value.isArray()) {
      value.forEach(v -> collect(v, out));
    }
  }
}
