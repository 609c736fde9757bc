package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * <p>References it follows are normalised in the (engine-owned) JSON to the literal {@code Type/id}
 * of the record they resolved to, so that a conditional or absolute reference still links to that
 * record's node in the graph. Not thread-safe: one per validation.
 */
final class ContextCollector {

  /** A context record and its IRI. */
  record Record(String iri, ObjectNode json) {}

  private final ContextRecords source;
  private final RecordIris iris;
  private final String selfIri;
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

  /**
   * Resolves the references at {@code path} (e.g. {@code group.school}: the group, then the group's
   * school), starting from {@code root}.
   */
  void follow(ObjectNode root, String path) {
    navigate(root, path.split("\\."), true);
  }

  /**
   * Adds the records of {@code spec.resourceType()} whose {@code spec.path()} refers to what the
   * validated record refers to at {@code spec.reference()}.
   */
  void referencing(ObjectNode root, BusinessRule.Referencing spec) {
    for (ObjectNode reference : navigate(root, spec.reference().split("\\."), false)) {
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
  private List<ObjectNode> navigate(ObjectNode root, String[] segments, boolean resolveLast) {
    List<ObjectNode> current = List.of(root);
    for (int i = 0; i < segments.length; i++) {
      List<ObjectNode> next = new ArrayList<>();
      for (ObjectNode node : current) {
        collectObjects(node.get(segments[i]), next);
      }
      if (i < segments.length - 1 || resolveLast) {
        List<ObjectNode> hopped = new ArrayList<>(next.size());
        for (ObjectNode o : next) {
          if (isReference(o)) {
            resolve(o).ifPresent(r -> hopped.add(r.json()));
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

  private static void collectObjects(JsonNode value, List<ObjectNode> out) {
    if (value instanceof ObjectNode o) {
      out.add(o);
    } else if (value != null && value.isArray()) {
      value.forEach(v -> collectObjects(v, out));
    }
  }

  private static boolean isReference(ObjectNode o) {
    JsonNode r = o.get("reference");
    return r != null && r.isTextual() && !r.asText().isEmpty() && !r.asText().startsWith("#");
  }

  /** The record a Reference points to, fetched once; links the reference to it in the JSON. */
  private Optional<Record> resolve(ObjectNode reference) {
    String text = reference.get("reference").asText();
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
  private String literalOf(ObjectNode reference) {
    if (!isReference(reference)) {
      return null;
    }
    String key = iris.forResolver(reference.get("reference").asText());
    if (RecordIris.isLiteral(key)) {
      return key;
    }
    return resolve(reference).map(r -> iris.relative(r.iri())).orElse(null);
  }

  /** Points {@code reference} at {@code iri} when it would otherwise project to another node. */
  private void link(ObjectNode reference, String text, String iri) {
    if (!iri.equals(iris.iriOf(text))) {
      reference.put("reference", iris.relative(iri));
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
    Record r = new Record(iri, json);
    if (!iri.equals(selfIri)) {
      records.putIfAbsent(iri, r);
    }
    return records.getOrDefault(iri, r);
  }
}
