package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Gathers the records around the validated one that the rules in effect declare they need: records
 * reached by following reference paths ({@code pr:follow}) and records that refer to the same
 * record as the validated one ({@code pr:referencing}). Each record is fetched once per validation.
 *
 * <p>References it follows are linked to the literal {@code Type/id} of the record they resolved
 * to, so that a conditional or absolute reference still links to that record's node in the graph.
 * The JSON trees are not changed (context records are shared by the validations of a batch): the
 * links are kept beside them, per record ({@link Record#links()}, {@link #links()}), for the
 * projection to read the references as linked. Not thread-safe: one per validation.
 */
final class ContextCollector {

  /**
   * A context record: its IRI, its JSON (not to be changed) and the references linked in it, by
   * Reference object (identity).
   */
  record Record(String iri, ObjectNode json, Map<ObjectNode, String> links) {

    Record(String iri, ObjectNode json) {
      this(iri, json, new IdentityHashMap<>());
    }
  }

  /** A JSON object and the links of the record it belongs to. */
  private record At(ObjectNode node, Map<ObjectNode, String> links) {}

  private final ContextRecords source;
  private final RecordIris iris;
  private final String selfIri;
  private final Map<ObjectNode, String> links = new IdentityHashMap<>();
  private final Map<String, Record> records = new LinkedHashMap<>();
  private final Map<String, Optional<Record>> resolved = new HashMap<>();

  /**
   * @param source where records are fetched (and remembered for the batch)
   * @param selfIri the IRI of the validated record, which is never added as context: a stored older
   *     version of it must not stand beside the version being validated
   */
  ContextCollector(ContextRecords source, RecordIris iris, String selfIri) {
    this.source = source;
    this.iris = iris;
    this.selfIri = selfIri;
  }

  /** The context records gathered so far, in the order they were found. */
  Collection<Record> records() {
    return records.values();
  }

  /** The references linked in the validated record, by Reference object (identity). */
  Map<ObjectNode, String> links() {
    return links;
  }

  /**
   * Resolves the references at {@code path} (e.g. {@code group.school}: the group, then the group's
   * school), starting from {@code root}, the validated record.
   */
  void follow(ObjectNode root, String path) {
    navigate(root, path.split("\\."), true);
  }

  /**
   * Adds the records of {@code spec.resourceType()} whose {@code spec.path()} refers to what the
   * validated record {@code root} refers to at {@code spec.reference()}.
   */
  void referencing(ObjectNode root, BusinessRule.Referencing spec) {
    for (At reference : navigate(root, spec.reference().split("\\."), false)) {
      String literal = literalOf(reference);
      if (literal == null) {
        continue;
      }
      for (IBaseResource r : source.referencing(spec.resourceType(), spec.path(), literal)) {
        add(source.json(r), null);
      }
    }
  }

  /**
   * The objects at {@code segments} below {@code root}. References met on the way are resolved and
   * navigation continues in the records they point to; so are the references at the end when {@code
   * resolveLast} (then the resolved records are returned).
   */
  private List<At> navigate(ObjectNode root, String[] segments, boolean resolveLast) {
    List<At> current = List.of(new At(root, links));
    for (int i = 0; i < segments.length; i++) {
      List<At> next = new ArrayList<>();
      for (At at : current) {
        collectObjects(at.node().get(segments[i]), at.links(), next);
      }
      if (i < segments.length - 1 || resolveLast) {
        List<At> hopped = new ArrayList<>(next.size());
        for (At o : next) {
          if (isReference(o.node())) {
            resolve(o).ifPresent(r -> hopped.add(new At(r.json(), r.links())));
          } else {
            hopped.add(o);
          }
        }
        next = hopped;
      }
      current = next;
    }
    return current;
  }

  private static void collectObjects(JsonNode value, Map<ObjectNode, String> links, List<At> out) {
    if (value instanceof ObjectNode o) {
      out.add(new At(o, links));
    } else if (value != null && value.isArray()) {
      value.forEach(v -> collectObjects(v, links, out));
    }
  }

  static boolean isReference(ObjectNode o) {
    JsonNode r = o.get("reference");
    return r != null && r.isTextual() && !r.asText().isEmpty() && !r.asText().startsWith("#");
  }

  /** The text of a reference: as linked earlier in this validation, else as written. */
  private static String text(At reference) {
    String linked = reference.links().get(reference.node());
    return linked != null ? linked : reference.node().get("reference").asText();
  }

  /** The record a Reference points to, fetched once; links the reference to it. */
  private Optional<Record> resolve(At reference) {
    String text = text(reference);
    String key = iris.forResolver(text);
    Optional<Record> record = resolved.get(key);
    if (record == null) {
      Optional<IBaseResource> found = source.resolve(key);
      record = found.map(r -> add(source.json(r), key));
      resolved.put(key, record);
    }
    record.ifPresent(r -> link(reference, text, r.iri()));
    return record;
  }

  /**
   * The literal {@code Type/id} of a reference, resolving a conditional one; {@code null} if none.
   */
  private String literalOf(At reference) {
    if (!isReference(reference.node())) {
      return null;
    }
    String key = iris.forResolver(text(reference));
    if (RecordIris.isLiteral(key)) {
      return key;
    }
    return resolve(reference).map(r -> iris.relative(r.iri())).orElse(null);
  }

  /** Points {@code reference} at {@code iri} when it would otherwise project to another node. */
  private void link(At reference, String text, String iri) {
    if (!iri.equals(iris.iriOf(text))) {
      reference.links().put(reference.node(), iris.relative(iri));
    }
  }

  /**
   * Adds a fetched record under its IRI (from its type and id, else from the reference it was
   * fetched by) unless it is the validated record or already there.
   */
  private Record add(ObjectNode json, String fetchedBy) {
    String type = json.path("resourceType").asText(null);
    String id = json.path("id").asText(null);
    String iri;
    if (type != null && id != null) {
      iri = iris.of(type, id);
    } else {
      iri = fetchedBy != null ? iris.iriOf(fetchedBy) : null;
    }
    if (iri == null) {
      return null;
    }
    // A record not kept (a stored version of the validated one) gets links of its own each time,
    // as each fetch used to get a copy of its own.
    Record r = new Record(iri, json);
    if (!iri.equals(selfIri)) {
      records.putIfAbsent(iri, r);
    }
    return records.getOrDefault(iri, r);
  }
}
