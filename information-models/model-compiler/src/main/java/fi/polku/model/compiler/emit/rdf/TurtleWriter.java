package fi.polku.model.compiler.emit.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a model as Turtle in a fixed order, so the generated shapes file only changes when the
 * shapes do. Jena's writers order subjects by hash, which varies with blank node labels from run to
 * run. Named subjects are written in the given order; blank nodes are written inline where they are
 * used ({@code [ ... ]}, lists as {@code ( ... )}), so each must be the object of exactly one
 * triple, as in the shapes the compiler builds.
 */
final class TurtleWriter {

  private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
  private static final String INDENT = "    ";

  private final Model model;
  private final Map<String, String> prefixes;

  TurtleWriter(Model model) {
    this.model = model;
    this.prefixes = new TreeMap<>(model.getNsPrefixMap());
  }

  /**
   * The Turtle text.
   *
   * @param subjects named subjects in writing order; any other named subject follows in IRI order
   */
  String write(List<Resource> subjects) {
    StringBuilder out = new StringBuilder();
    prefixes.forEach(
        (p, ns) -> out.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
    Set<Resource> order = new LinkedHashSet<>(subjects);
    List<Resource> rest = new ArrayList<>();
    model
        .listSubjects()
        .forEachRemaining(
            s -> {
              if (s.isURIResource() && !order.contains(s)) {
                rest.add(s);
              }
            });
    rest.sort(Comparator.comparing(Resource::getURI));
    order.addAll(rest);
    for (Resource s : order) {
      if (s.listProperties().hasNext()) {
        out.append('\n').append(iri(s.getURI()));
        writeProperties(out, s, 1);
        out.append(" .\n");
      }
    }
    return out.toString();
  }

  private void writeProperties(StringBuilder out, Resource subject, int depth) {
    out.append(
        String.join(
            " ;",
            entries(subject, depth).stream().map(e -> "\n" + INDENT.repeat(depth) + e).toList()));
  }

  /** One {@code predicate objects} entry per predicate: {@code a} first, then in name order. */
  private List<String> entries(Resource subject, int depth) {
    Map<String, List<String>> byPredicate =
        new TreeMap<>(Comparator.comparing(this::predicateRank).thenComparing(p -> p));
    for (Statement st : subject.listProperties().toList()) {
      byPredicate
          .computeIfAbsent(predicate(st.getPredicate()), k -> new ArrayList<>())
          .add(node(st.getObject(), depth + 1));
    }
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byPredicate.entrySet()) {
      List<String> objects = e.getValue();
      objects.sort(null);
      entries.add(e.getKey() + " " + String.join(", ", objects));
    }
    return entries;
  }

  /** {@code a} first, then predicates in name order. */
  private int predicateRank(String predicate) {
    return "a".equals(predicate) ? 0 : 1;
  }

  private String predicate(Property p) {
    return p.equals(RDF.type) ? "a" : iri(p.getURI());
  }

  private String node(RDFNode n, int depth) {
    if (n.isLiteral()) {
      return literal(n.asLiteral());
    }
    Resource r = n.asResource();
    if (r.isURIResource()) {
      return iri(r.getURI());
    }
    if (r.hasProperty(RDF.first) || r.equals(RDF.nil)) {
      List<String> items = new ArrayList<>();
      for (RDFNode item : r.as(RDFList.class).asJavaList()) {
        items.add(node(item, depth));
      }
      return "( " + String.join(" ", items) + " )";
    }
    List<String> entries = entries(r, depth);
    if (entries.size() == 1 && !entries.get(0).contains("\n")) {
      return "[ " + entries.get(0) + " ]";
    }
    StringBuilder out = new StringBuilder("[");
    writeProperties(out, r, depth);
    return out.append('\n').append(INDENT.repeat(depth - 1)).append(']').toString();
  }

  private String iri(String iri) {
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      String ns = p.getValue();
      if (iri.startsWith(ns)) {
        String local = iri.substring(ns.length());
        if (local.isEmpty() || (LOCAL_NAME.matcher(local).matches() && !local.endsWith("."))) {
          return p.getKey() + ":" + local;
        }
      }
    }
    return "<" + iri + ">";
  }

  private String literal(Literal l) {
    String quoted = quote(l.getLexicalForm());
    if (!l.getLanguage().isEmpty()) {
      return quoted + "@" + l.getLanguage();
    }
    String dt = l.getDatatypeURI();
    if (XSDDatatype.XSDinteger.getURI().equals(dt) && l.getLexicalForm().matches("-?\\d+")) {
      return l.getLexicalForm();
    }
    if (dt == null || XSDDatatype.XSDstring.getURI().equals(dt)) {
      return quoted;
    }
    return quoted + "^^" + iri(dt);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
