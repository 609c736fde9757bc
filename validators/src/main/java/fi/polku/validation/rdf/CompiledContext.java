package fi.polku.validation.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * A generated JSON-LD context read once into term tables, for projecting records without a full
 * JSON-LD processor. Only the context features the generator uses are understood: prefixes, the
 * {@code @type} alias, {@code @base}, term definitions with {@code @id}, {@code @type} ({@code @id}
 * or a datatype), scoped {@code @context} and {@code @propagate}, and {@code null} terms.
 */
final class CompiledContext {

  /**
   * A term definition. {@code iri == null} means the key is dropped. {@code node} is the IRI as a
   * node, made once: every record uses the same predicates.
   */
  record Term(String iri, String coercion, Local scoped, boolean typeAlias, Node node) {

    static final Term DROPPED = new Term(null, null, null, false);

    Term(String iri, String coercion, Local scoped, boolean typeAlias) {
      this(iri, coercion, scoped, typeAlias, iri == null ? null : NodeFactory.createURI(iri));
    }
  }

  /**
   * One local context: its terms and, when it says so, whether it propagates to nested objects
   * ({@code null} means the default of where it is used).
   */
  record Local(Map<String, Term> terms, Boolean propagate) {}

  /**
   * The active context while reading one object: a chain of local contexts, innermost first, and
   * the context nested objects return to when the innermost does not propagate.
   */
  record Active(Local local, Active parent, Active previous) {

    Term lookup(String key) {
      for (Active a = this; a != null; a = a.parent) {
        Term t = a.local.terms().get(key);
        if (t != null) {
          return t;
        }
      }
      return null;
    }

    /**
     * This context with {@code scoped} applied on top. As in JSON-LD context processing, a context
     * that does not propagate remembers what to return to, unless that is already set.
     */
    Active with(Local scoped, boolean propagate) {
      Active back = previous != null || propagate ? previous : this;
      return new Active(scoped, this, back);
    }
  }

  private final Map<String, String> prefixes = new HashMap<>();
  private final Active root;
  private final Set<String> typeAliases = new HashSet<>();
  private final String base;
  private final IRIx baseIri;

  /**
   * @param context the value of {@code @context} of the generated context document
   */
  CompiledContext(JsonNode context) {
    if (!(context instanceof ObjectNode)) {
      throw new IllegalArgumentException("@context must be an object");
    }
    JsonNode b = context.get("@base");
    this.base = b != null && b.isTextual() ? b.asText() : null;
    this.baseIri = parse(base);
    context
        .properties()
        .forEach(
            e -> {
              String value = e.getValue().isTextual() ? e.getValue().asText() : null;
              if (value != null && (value.endsWith("/") || value.endsWith("#"))) {
                prefixes.put(e.getKey(), value);
              }
            });
    this.root = new Active(compile(context), null, null);
    forEachTerm(
        (key, term) -> {
          if (term.typeAlias()) {
            typeAliases.add(key);
          }
        });
  }

  Active root() {
    return root;
  }

  /**
   * The predicate nodes of every term, scoped contexts included: the very instances projections put
   * in triples ({@link Term#node()}), so that a caller may compare them by identity.
   */
  List<Node> termNodes() {
    List<Node> nodes = new ArrayList<>();
    forEachTerm(
        (key, term) -> {
          if (term.node() != null) {
            nodes.add(term.node());
          }
        });
    return nodes;
  }

  /**
   * Whether some local context defines {@code key} as the {@code @type} alias. Only such a key can
   * be the alias in an active context, so a projection need not look up the others to find types.
   */
  boolean mayBeTypeAlias(String key) {
    return typeAliases.contains(key);
  }

  /** Every term of every local context (scoped ones included), with its key. */
  private void forEachTerm(BiConsumer<String, Term> action) {
    collect(root.local(), Collections.newSetFromMap(new IdentityHashMap<>()), action);
  }

  private static void collect(Local local, Set<Local> seen, BiConsumer<String, Term> action) {
    if (!seen.add(local)) {
      return;
    }
    for (Map.Entry<String, Term> e : local.terms().entrySet()) {
      action.accept(e.getKey(), e.getValue());
      if (e.getValue().scoped() != null) {
        collect(e.getValue().scoped(), seen, action);
      }
    }
  }

  /** The {@code @base} of the context, or {@code null}. */
  String base() {
    return base;
  }

  private static IRIx parse(String iri) {
    if (iri == null) {
      return null;
    }
    try {
      return IRIx.create(iri);
    } catch (IRIException e) {
      // Reported where the base is used, as before it was parsed here.
      return null;
    }
  }

  /**
   * The {@code @base} parsed, or {@code null} (also when it is not an IRI); parsed once, as parsing
   * an IRI is not cheap.
   */
  IRIx baseIri() {
    return baseIri;
  }

  private Local compile(JsonNode context) {
    Map<String, Term> terms = new HashMap<>();
    Boolean propagate = null;
    // Sorted so the tables do not depend on the order of keys in the file.
    TreeSet<String> keys = new TreeSet<>();
    context.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      JsonNode def = context.get(key);
      if ("@propagate".equals(key)) {
        propagate = def.asBoolean();
      } else if (!key.startsWith("@")) {
        terms.put(key, term(def));
      }
    }
    return new Local(terms, propagate);
  }

  private Term term(JsonNode def) {
    if (def == null || def.isNull()) {
      return Term.DROPPED;
    }
    if (def.isTextual()) {
      String v = def.asText();
      return "@type".equals(v)
          ? new Term(null, null, null, true)
          : new Term(expand(v), null, null, false);
    }
    JsonNode id = def.get("@id");
    if (id == null || !id.isTextual()) {
      return Term.DROPPED;
    }
    if ("@type".equals(id.asText())) {
      return new Term(null, null, null, true);
    }
    JsonNode type = def.get("@type");
    String coercion = null;
    if (type != null && type.isTextual()) {
      coercion = "@id".equals(type.asText()) ? "@id" : expand(type.asText());
    }
    JsonNode scoped = def.get("@context");
    Local local = scoped instanceof ObjectNode ? compile(scoped) : null;
    return new Term(expand(id.asText()), coercion, local, false);
  }

  /** Expands a compact IRI with the context's prefixes; other values are taken as IRIs. */
  String expand(String value) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String ns = prefixes.get(value.substring(0, colon));
      if (ns != null && !value.startsWith("//", colon + 1)) {
        return ns + value.substring(colon + 1);
      }
    }
    return value;
  }
}
