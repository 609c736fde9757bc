package fi.polku.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The triples of one record, indexed by subject only. A record has some hundred triples, a subject
 * a handful, and the rules' queries walk from the validated record along its predicates, so nearly
 * every lookup names its subject. Jena's general in-memory graph keeps three indexes, and filling
 * them was a fifth of the rules' cost; a lookup without a subject here scans the record's triples
 * instead, which for a record is cheap. A set of triples as any graph: adding a triple twice keeps
 * one. Not thread-safe for writing; read by several threads once filled.
 */
final class RecordGraph extends GraphBase {

  private final Map<Node, List<Triple>> bySubject = new HashMap<>();
  private int size;

  @Override
  public void performAdd(Triple t) {
    List<Triple> about = bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>(4));
    if (!about.contains(t)) {
      about.add(t);
      size++;
    }
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node s = pattern.getSubject();
    if (s.isConcrete()) {
      List<Triple> about = bySubject.get(s);
      if (about == null) {
        return NullIterator.instance();
      }
      return WrappedIterator.create(about.iterator()).filterKeep(pattern::matches);
    }
    return WrappedIterator.createIteratorIterator(
            bySubject.values().stream().map(List::iterator).iterator())
        .filterKeep(pattern::matches);
  }

  @Override
  protected boolean graphBaseContains(Triple pattern) {
    Node s = pattern.getSubject();
    if (!s.isConcrete()) {
      return graphBaseFind(pattern).hasNext();
    }
    List<Triple> about = bySubject.get(s);
    if (about == null) {
      return false;
    }
    for (Triple t : about) {
      if (pattern.matches(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected int graphBaseSize() {
    return size;
  }
}
