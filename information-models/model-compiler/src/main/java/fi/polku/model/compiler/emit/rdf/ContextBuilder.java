package fi.polku.model.compiler.emit.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the JSON-LD 1.1 context from the {@link ProjectionModel}.
 *
 * <p>How scoping is used, because predicates are per type and FHIR JSON carries no type on nested
 * objects:
 *
 * <ul>
 *   <li>{@code resourceType} is {@code @type}; each record type term has a <em>type-scoped</em>
 *       context with its elements. Type-scoped contexts do not propagate, so nested objects fall
 *       back to the top-level context, which defines no element names.
 *   <li>Every element of a complex type carries a <em>property-scoped</em> context with {@code
 *       "@propagate": false} holding the members of its datatype or backbone, so {@code value} can
 *       be a decimal in a Quantity and a string in an Identifier.
 *   <li>A backbone that contains itself (a {@code contentReference}) propagates its context
 *       instead, and the inner occurrence has no scoped context of its own: the inner objects are
 *       read with the same terms, to any depth. Contexts nested inside it declare every inherited
 *       term they do not define as {@code null}, so nothing leaks into nested objects.
 *   <li>A datatype that contains itself through others (Identifier.assigner.identifier) is cut at
 *       the second occurrence: that key is {@code null} and its value is not projected.
 * </ul>
 */
final class ContextBuilder {

  static final String PREFIX_MODEL = "polku";
  static final String PREFIX_FHIR = "fhir";
  static final String PREFIX_XSD = "xsd";

  private final JsonNodeFactory json = JsonNodeFactory.instance;
  private final String namespace;

  ContextBuilder(String namespace) {
    this.namespace = namespace;
  }

  /**
   * The context document, {@code {"@context": {...}}}.
   *
   * @param projection the projection model
   * @param base IRI relative references are resolved against, or {@code null} for none
   */
  ObjectNode build(ProjectionModel projection, String base) {
    ObjectNode doc = json.objectNode();
    ObjectNode ctx = doc.putObject("@context");
    ctx.put("@version", 1.1);
    if (base != null) {
      ctx.put("@base", base);
    }
    ctx.put(PREFIX_MODEL, namespace);
    ctx.put(PREFIX_FHIR, FhirCatalog.FHIR);
    ctx.put(PREFIX_XSD, Xsd.NS);
    ctx.put("resourceType", "@type");
    for (Structure type : projection.recordTypes()) {
      ObjectNode term = ctx.putObject(type.id());
      term.put("@id", compact(type.rdfClass()));
      Deque<Structure> stack = new ArrayDeque<>();
      stack.push(type);
      term.set("@context", terms(type, stack, Set.of(), null));
    }
    return doc;
  }

  /**
   * The terms of one structure.
   *
   * @param inherited terms visible from enclosing propagated contexts, to be nulled if not
   *     redefined
   * @param propagate {@code null} for a type-scoped context (never propagates), else the flag
   */
  private ObjectNode terms(
      Structure s, Deque<Structure> stack, Set<String> inherited, Boolean propagate) {
    ObjectNode ctx = json.objectNode();
    if (Boolean.FALSE.equals(propagate)) {
      ctx.put("@propagate", false);
    }
    Set<String> own = new LinkedHashSet<>();
    for (Slot slot : s.slots()) {
      for (Slot.Alt alt : slot.alternatives()) {
        own.add(alt.jsonKey());
      }
    }
    // Inside a propagated context, nested objects see exactly its own terms.
    Set<String> visibleBelow = Boolean.TRUE.equals(propagate) ? own : inherited;
    for (Slot slot : s.slots()) {
      for (Slot.Alt alt : slot.alternatives()) {
        ctx.set(alt.jsonKey(), term(slot, alt, stack, visibleBelow));
      }
    }
    for (String name : new TreeSet<>(inherited)) {
      if (!own.contains(name)) {
        ctx.putNull(name);
      }
    }
    return ctx;
  }

  private JsonNode term(Slot slot, Slot.Alt alt, Deque<Structure> stack, Set<String> inherited) {
    String id = compact(slot.predicate());
    switch (alt.kind()) {
      case LITERAL -> {
        if (Xsd.STRING.equals(alt.datatype())) {
          return json.textNode(id);
        }
        return json.objectNode().put("@id", id).put("@type", compact(alt.datatype()));
      }
      case IRI -> {
        return json.objectNode().put("@id", id).put("@type", "@id");
      }
      case OPAQUE -> {
        return json.textNode(id);
      }
      default -> {
        return structureTerm(id, alt.structure(), stack, inherited);
      }
    }
  }

  private JsonNode structureTerm(
      String id, Structure nested, Deque<Structure> stack, Set<String> inherited) {
    if (stack.contains(nested)) {
      if (nested.kind() == Structure.Kind.BACKBONE && !propagatedBetween(stack, nested)) {
        // The enclosing occurrence's context propagates down to here.
        return json.objectNode().put("@id", id);
      }
      return json.nullNode();
    }
    boolean propagate = nested.kind() == Structure.Kind.BACKBONE && nested.containsItself();
    stack.push(nested);
    ObjectNode scoped = terms(nested, stack, inherited, propagate);
    stack.pop();
    return json.objectNode().put("@id", id).set("@context", scoped);
  }

  /**
   * Whether another propagating backbone lies between the top of the stack and {@code target}: its
   * context would hide {@code target}'s terms, so the inner occurrence cannot rely on them.
   */
  private boolean propagatedBetween(Deque<Structure> stack, Structure target) {
    Iterator<Structure> it = stack.iterator();
    while (it.hasNext()) {
      Structure s = it.next();
      if (s == target) {
        return false;
      }
      if (s.kind() == Structure.Kind.BACKBONE && s.containsItself()) {
        return true;
      }
    }
    return false;
  }

  /** Writes an IRI with the context's prefixes, for a readable context. */
  String compact(String iri) {
    if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
      return PREFIX_MODEL + ":" + iri.substring(namespace.length());
    }
    if (iri.startsWith(FhirCatalog.FHIR) && iri.length() > FhirCatalog.FHIR.length()) {
      return PREFIX_FHIR + ":" + iri.substring(FhirCatalog.FHIR.length());
    }
    if (iri.startsWith(Xsd.NS)) {
      return PREFIX_XSD + ":" + iri.substring(Xsd.NS.length());
    }
    return iri;
  }
}
