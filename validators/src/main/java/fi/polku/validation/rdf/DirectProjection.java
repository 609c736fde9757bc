package fi.polku.validation.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns one FHIR JSON record into triples by following the JSON-LD 1.1 expansion rules for the
 * features a {@link CompiledContext} has: dropping keys without a term, reverting non-propagated
 * contexts when entering a nested object, then applying the property-scoped and the type-scoped
 * context, and coercing values. The tests hold it to the same output as Jena's JSON-LD 1.1 reader,
 * which is two to three orders of magnitude slower because it processes the whole context for every
 * record.
 */
final class DirectProjection {

  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

  private final CompiledContext context;
  private final IRIx base;
  private final String baseText;
  private final Graph out;
  private final RecordProjector.NodeListener listener;
  private final boolean dropInvalidReferences;
  private final Map<ObjectNode, String> references;
  private final Set<Node> predicates;

  /**
   * @param references replacement texts of the {@code reference} element of objects of the record,
   *     by object identity; {@code null} for none
   * @param predicates the predicates of the triples to put in {@code out}, as the very nodes of the
   *     context's terms and {@code RDF.type.asNode()} (compared by identity); {@code null} for all
   */
  DirectProjection(
      CompiledContext context,
      String recordIri,
      Graph out,
      RecordProjector.NodeListener listener,
      boolean dropInvalidReferences,
      Map<ObjectNode, String> references,
      Set<Node> predicates) {
    this.context = context;
    IRIx parsedBase = context.baseIri();
    if (parsedBase == null) {
      parsedBase = IRIx.create(context.base() != null ? context.base() : recordIri);
    }
    this.base = parsedBase;
    String b = base.str();
    this.baseText = base.isAbsolute() && b.endsWith("/") && b.indexOf('?') < 0 ? b : null;
    this.out = out;
    this.listener = listener;
    this.dropInvalidReferences = dropInvalidReferences;
    this.references = references == null || references.isEmpty() ? null : references;
    this.predicates = predicates;
  }

  /** Projects a record whose IRI is {@code recordIri}. */
  void record(ObjectNode record, String recordIri) {
    object(NodeFactory.createURI(recordIri), record, context.root(), null);
  }

  private void object(
      Node subject, ObjectNode json, CompiledContext.Active active, CompiledContext.Term via) {
    CompiledContext.Active ctx = active;
    if (ctx.previous() != null) {
      ctx = ctx.previous();
    }
    if (via != null && via.scoped() != null) {
      Boolean p = via.scoped().propagate();
      ctx = ctx.with(via.scoped(), p == null || p);
    }
    ctx = types(subject, json, ctx);
    String replaced = references == null ? null : references.get(json);
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      String key = field.getKey();
      CompiledContext.Term term = key.startsWith("@") ? null : ctx.lookup(key);
      if (term == null || term.iri() == null) {
        continue;
      }
      Node predicate = term.node();
      JsonNode given =
          replaced != null && "reference".equals(key)
              ? TextNode.valueOf(replaced)
              : field.getValue();
      boolean array = given.isArray();
      List<JsonNode> values = flatten(given);
      for (int i = 0; i < values.size(); i++) {
        value(subject, predicate, values.get(i), ctx, term, array ? i : -1);
      }
    }
  }

  /** Adds {@code rdf:type} for the {@code @type} alias and applies type-scoped contexts. */
  private CompiledContext.Active types(Node subject, ObjectNode json, CompiledContext.Active ctx) {
    TreeSet<String> typeValues = null;
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      // Looking up every key of every object to find the alias was a tenth of a projection.
      if (!context.mayBeTypeAlias(e.getKey())) {
        continue;
      }
      CompiledContext.Term t = ctx.lookup(e.getKey());
      if (t != null && t.typeAlias()) {
        for (JsonNode v : flatten(e.getValue())) {
          if (v.isTextual()) {
            if (typeValues == null) {
              typeValues = new TreeSet<>();
            }
            typeValues.add(v.asText());
          }
        }
      }
    }
    if (typeValues == null) {
      return ctx;
    }
    CompiledContext.Active result = ctx;
    for (String type : typeValues) {
      CompiledContext.Term t = ctx.lookup(type);
      String iri = t != null && t.iri() != null ? t.iri() : resolve(context.expand(type));
      if (iri == null) {
        continue;
      }
      if (keeps(RDF.type.asNode())) {
        out.add(Triple.create(subject, RDF.type.asNode(), NodeFactory.createURI(iri)));
      }
      if (t != null && t.scoped() != null) {
        Boolean p = t.scoped().propagate();
        result = result.with(t.scoped(), p != null && p);
      }
    }
    return result;
  }

  private void value(
      Node subject,
      Node predicate,
      JsonNode value,
      CompiledContext.Active ctx,
      CompiledContext.Term term,
      int index) {
    if (value.isNull()) {
      return;
    }
    if (value instanceof ObjectNode nested) {
      Node node = NodeFactory.createBlankNode(BlankLabels.next());
      if (keeps(predicate)) {
        out.add(Triple.create(subject, predicate, node));
      }
      // Read on even when the link is left out: a pattern without a subject could match the
      // object's own triples.
      if (listener != null) {
        listener.nested(subject, predicate, node, index);
      }
      object(node, nested, ctx, term);
      return;
    }
    if ("@id".equals(term.coercion()) && value.isTextual()) {
      String iri = resolve(value.asText());
      if (iri != null && keeps(predicate)) {
        out.add(Triple.create(subject, predicate, NodeFactory.createURI(iri)));
      }
      return;
    }
    if (keeps(predicate)) {
      out.add(Triple.create(subject, predicate, literal(value, term.coercion())));
    }
  }

  private boolean keeps(Node predicate) {
    return predicates == null || predicates.contains(predicate);
  }

  /**
   * A literal as JSON-LD writes it, except that a number with a fraction keeps its exact decimal
   * text, and partial dates get the partial-date datatypes (see {@link RecordProjector}).
   */
  static Node literal(JsonNode value, String coercion) {
    String datatype = "@id".equals(coercion) ? null : coercion;
    String lexical;
    String natural;
    if (value.isBoolean()) {
      lexical = value.asText();
      natural = XSDDatatype.XSDboolean.getURI();
    } else if (value.isIntegralNumber()) {
      lexical = value.bigIntegerValue().toString();
      natural = XSDDatatype.XSDinteger.getURI();
    } else if (value.isNumber()) {
      lexical = value.decimalValue().toPlainString();
      natural = XSD_STRING;
    } else {
      lexical = value.asText();
      natural = XSD_STRING;
    }
    String dt = datatype != null ? PartialDates.retype(datatype, lexical) : natural;
    if (XSD_STRING.equals(dt)) {
      return NodeFactory.createLiteralString(lexical);
    }
    return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(dt));
  }

  /** The IRI of a reference, or {@code null} when it is not one and such references are dropped. */
  private String resolve(String reference) {
    if (baseText != null && isTypeAndId(reference)) {
      // The usual reference, Type/id, below a base ending in '/': resolving it only appends it
      // (no dot segments, no scheme, query or fragment), and a full IRI parse costs much more.
      return baseText + reference;
    }
    try {
      return base.resolve(reference).str();
    } catch (IRIException e) {
      if (dropInvalidReferences) {
        return null;
      }
      throw new IllegalArgumentException("Not a valid reference: " + reference, e);
    }
  }

  /**
   * True for {@code Type/id} with a type of letters and digits starting with a capital and an id of
   * FHIR id characters that is not a dot segment ({@code .} or {@code ..}).
   */
  static boolean isTypeAndId(String reference) {
    int slash = reference.indexOf('/');
    int length = reference.length();
    if (slash < 1 || slash == length - 1 || length - slash - 1 > 64) {
      return false;
    }
    char first = reference.charAt(0);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    for (int i = 1; i < slash; i++) {
      char c = reference.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    boolean allDots = true;
    for (int i = slash + 1; i < length; i++) {
      char c = reference.charAt(i);
      boolean dot = c == '.';
      if (!(dot
          || c == '-'
          || c >= 'A' && c <= 'Z'
          || c >= 'a' && c <= 'z'
          || c >= '0' && c <= '9')) {
        return false;
      }
      allDots &= dot;
    }
    return !(allDots && length - slash - 1 <= 2);
  }

  /** JSON-LD reads nested arrays as one flat set of values. */
  private static List<JsonNode> flatten(JsonNode value) {
    List<JsonNode> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> values.addAll(flatten(v)));
    } else {
      values.add(value);
    }
    return values;
  }
}
